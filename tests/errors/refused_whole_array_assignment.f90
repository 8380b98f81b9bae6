! Assigning to a whole array is outside the subset: the message says what to write instead.
subroutine clear(x, n)
  integer, intent(in) :: n
  real(8), intent(out) :: x(n)
  x = 0.0d0
end subroutine clear
