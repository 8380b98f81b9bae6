! Several statements on one line, separated by semicolons (also after THEN and before END).
subroutine semi(a, b)
  real(8) :: a, b; integer :: i
  a = 1; b = 2; i = 3
  if (a < b) then; a = b; end if
  do i = 1, 2; a = a + i; end do;
end subroutine semi
