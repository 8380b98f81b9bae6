! stad: --head 'head(y/(x)'
! A --head specification with a missing parenthesis.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x * x
end subroutine head
