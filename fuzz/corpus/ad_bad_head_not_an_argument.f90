! stad: --head 'head(y)/(z)'
! --head names an independent that is not an argument of the head.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: z
  z = x
  y = z * z
end subroutine head
