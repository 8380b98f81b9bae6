! stad: --head 'energy(energy)/(x, k)' --set n=5
! A FUNCTION as the head: its result is the dependent; it calls a helper function with a
! RESULT clause.
function spring(a, b, k) result(e)
  implicit none
  real(8), intent(in) :: a, b, k
  real(8) :: e
  e = 0.5d0 * k * (b - a - 0.1d0)**2
end function spring

real(8) function energy(n, x, k)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), k
  real(8), external :: spring
  integer :: i
  energy = 0
  do i = 2, n
    energy = energy + spring(x(i - 1), x(i), k)
  end do
  energy = energy + x(1)**4
end function energy
