! stad: --head 'f(y)/(x)'
! Whole-array assignments in active code: elemental operations and intrinsics.
subroutine f(x, y)
  implicit none
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: y
  real(8) :: t(4), u(4)
  integer :: i
  t = x * x
  u = exp(t) + 2.0d0 * x
  t = t * u
  y = 0
  do i = 1, 4
    y = y + t(i)
  end do
end subroutine
