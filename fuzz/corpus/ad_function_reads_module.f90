! stad: --head 'fmod(y)/(x)' --set n=4
! A FUNCTION that reads an active module variable set by the caller, called in a loop in
! which the caller also updates that variable between calls.
module coefs
  implicit none
  real(8) :: a
end module coefs

real(8) function phi(z)
  use coefs
  implicit none
  real(8), intent(in) :: z
  phi = a * z + sin(a * z)
end function phi

subroutine fmod(n, x, y)
  use coefs
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8), external :: phi
  integer :: i
  a = x(1)
  y = 0
  do i = 1, n
    y = y + phi(x(i))
    a = a * 0.9d0 + 0.1d0 * x(i)
  end do
end subroutine fmod
