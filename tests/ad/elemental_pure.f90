! stad: --head 'relax(f, u)/(u, c)' --set n=5
! PURE, IMPURE and ELEMENTAL prefixes: an elemental function and subroutine called on scalars
! (array elements in a loop), a pure function with an array argument.
module smoothing
  implicit none
contains
  elemental real(8) function soft(x, c)
    real(8), intent(in) :: x, c
    soft = x / sqrt(1 + (c * x)**2)
  end function soft
  pure real(8) function total(v, n)
    integer, intent(in) :: n
    real(8), intent(in) :: v(n)
    total = sum(v)
  end function total
  impure elemental subroutine clip(x, lim)
    real(8), intent(inout) :: x
    real(8), intent(in) :: lim
    x = min(x, lim)
  end subroutine clip
end module smoothing

subroutine relax(u, n, c, f)
  use smoothing
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  real(8), intent(in) :: c
  real(8), intent(out) :: f
  integer :: i
  do i = 1, n
    u(i) = soft(u(i), c)
    call clip(u(i), 0.9d0)
  end do
  f = total(u, n) + soft(c, 2d0)
end subroutine relax
