! A concatenation is supported only as the value assigned to a CHARACTER variable.
subroutine pick(a, b, y)
  character(len=*), intent(in) :: a, b
  real(8), intent(out) :: y
  y = 0
  if (a // b == 'FGX') y = 1
end subroutine pick
