! Several statements on one line separated by `;`, including after a DO, an IF ... THEN, in
! a loop body, a trailing `;` and a `;` followed by a comment.
program statement_separators
  implicit none
  integer :: i, n; real(8) :: x, y
  x = 1.0d0; y = 2.0d0; n = 0
  do i = 1, 5; x = x * 1.5d0; y = y - 0.25d0 * x; n = n + i; end do
  print *, x, y, n
  if (x > y) then; x = x - y; else; x = y - x; end if
  print *, x;
  x = 0.5d0; y = x * x; ! a comment after the last separator
  print *, x; print *, y
end program statement_separators
