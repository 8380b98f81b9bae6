! A misspelt directive is a warning naming the nearest known one (the site of a misspelt
! NOCHECKPOINT stays on: the warning is the only sign; s17 trial B); a word far from every
! directive gets the plain warning. The refusal below makes this an error test.
subroutine q(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  !$AD NOCHEKPOINT
  call sq(x, y)
  !$AD FOO
  call sq(y, y)
end subroutine
subroutine sq(a, b)
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
end subroutine
