! stad: --head 'newton(r)/(a)'
! DO WHILE running Newton's method for sqrt(a) to a tolerance: a loop-carried, overwritten
! active variable and a data-dependent trip count; the derivative of the iteration is that
! of sqrt.
subroutine newton(a, r)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: r
  real(8) :: dx
  integer :: it
  r = 1.0d0
  dx = 1.0d0
  it = 0
  do while (abs(dx) > 1.0d-14 .and. it < 60)
    dx = (r * r - a) / (2.0d0 * r)
    r = r - dx
    it = it + 1
  end do
end subroutine newton
