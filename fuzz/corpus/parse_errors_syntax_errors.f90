! Syntax errors: each statement is dropped alone and the block structure stays intact, so
! the END DO and END IF still find their DO and IF.
subroutine syn(x, n)
  integer :: n, i
  real(8) :: x(n)
  do i = 1,
    x(i) = x(i) +
  end do
  if (x(1) > ) then
    x(1) = 1 2
  else if (x(1) <) then
    x(1) = 3
  end if
  call sub(x,
  x(1) = x(1) @ 2
  print *, "unterminated
end subroutine syn
