! stad: --head 'pc_cost(f)/(x)' --set n=6
! PROTECTED module state set by the module's own routine, CONTIGUOUS assumed-shape dummies passed
! a whole array and a strided section (copied in and out, as stad passes every section that is
! not contiguous): attributes that change nothing in a valid program (trial s16: refused).
module pc_state
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  real(dp), protected :: scale = 1.0_dp
contains
  subroutine set_scale(s)
    real(dp), intent(in) :: s
    scale = s
  end subroutine set_scale
end module pc_state

module pc_ops
  use pc_state
  implicit none
contains
  subroutine smooth(v, w)
    real(dp), intent(in), contiguous :: v(:)
    real(dp), intent(inout), contiguous :: w(:)
    integer :: i
    do i = 1, size(v)
      w(i) = w(i) + scale * sin(v(i)) * v(size(v) + 1 - i)
    end do
  end subroutine smooth
end module pc_ops

subroutine pc_cost(n, x, f)
  use pc_state
  use pc_ops
  implicit none
  integer, intent(in) :: n
  real(dp), intent(in) :: x(n)
  real(dp), intent(out) :: f
  real(dp) :: w(n), h(n / 2)
  call set_scale(0.75_dp)
  w = x * x
  call smooth(x, w)
  h = 1.0_dp
  call smooth(x(1:n:2), h)
  f = sum(w * x) + sum(h * h)
end subroutine pc_cost
