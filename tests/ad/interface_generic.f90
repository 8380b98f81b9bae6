! stad: --head 'cost(f)/(u, a)' --set n=6
! Generic interfaces in the call tree: `smooth` chooses a rank-1 or a scalar module procedure,
! `weigh` a REAL(8) or an INTEGER one, by the actual arguments; an interface body declares an
! external routine (passed over). Each call site of a specific is a checkpoint site.
module gops
  implicit none
  interface smooth
    module procedure smooth_vec, smooth_one
  end interface smooth
  interface weigh
    module procedure weigh_r, weigh_i
  end interface
contains
  subroutine smooth_vec(v, n, c)
    integer, intent(in) :: n
    real(8), intent(inout) :: v(n)
    real(8), intent(in) :: c
    integer :: i
    do i = 2, n - 1
      v(i) = v(i) + c * (v(i - 1) - 2 * v(i) + v(i + 1))
    end do
  end subroutine smooth_vec
  subroutine smooth_one(x, c)
    real(8), intent(inout) :: x
    real(8), intent(in) :: c
    x = x * (1 - c) + c * sin(x)
  end subroutine smooth_one
  real(8) function weigh_r(x)
    real(8), intent(in) :: x
    weigh_r = x * x
  end function weigh_r
  real(8) function weigh_i(k)
    integer, intent(in) :: k
    weigh_i = 0.5d0 * k
  end function weigh_i
end module gops

subroutine damp(x, r)
  real(8), intent(inout) :: x
  real(8), intent(in) :: r
  x = r * x + (1 - r) * cos(x)
end subroutine damp

subroutine cost(u, n, a, f)
  use gops
  implicit none
  interface
    subroutine damp(x, r)
      real(8), intent(inout) :: x
      real(8), intent(in) :: r
    end subroutine damp
  end interface
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  real(8), intent(in) :: a
  real(8), intent(out) :: f
  real(8) :: t
  integer :: i
  t = a
  call smooth(u, n, 0.25d0 * a)
  call smooth(t, 0.1d0)
  call damp(t, 0.9d0)
  f = weigh(t) + weigh(n)
  do i = 1, n
    f = f + weigh(u(i))
  end do
end subroutine cost
