! stad: --head 'swe(cost)/(h0)'
! A shallow-water step on a derived-type state, with the cost NORM2(h) + MAXVAL(ABS(u)): NORM2 is
! SQRT(SUM(x**2)), its derivative x / NORM2(x), in a time loop of checkpointable calls.
module grid
  implicit none
  integer, parameter :: dp = selected_real_kind(15, 307)
  type :: field
    real(dp) :: h(8), u(8)
    real(dp) :: g = 9.81_dp
  end type
contains
  subroutine rhs(f, dh, du)
    type(field), intent(in) :: f
    real(dp), intent(out) :: dh(8), du(8)
    integer :: i, ip, im
    do i = 1, 8
      ip = modulo(i, 8) + 1
      im = modulo(i - 2, 8) + 1
      dh(i) = -0.5_dp * (f%u(ip) * f%h(ip) - f%u(im) * f%h(im))
      du(i) = -0.5_dp * f%g * (f%h(ip) - f%h(im)) - f%u(i) * 0.5_dp * (f%u(ip) - f%u(im))
    end do
  end subroutine
end module

subroutine swe(h0, cost)
  use grid
  implicit none
  real(dp), intent(in) :: h0(8)
  real(dp), intent(out) :: cost
  type(field) :: f
  real(dp) :: dh(8), du(8)
  integer :: n
  f%h = 1 + 0.1_dp * h0
  f%u = 0
  do n = 1, 30
    call rhs(f, dh, du)
    f%h = f%h + 0.01_dp * dh
    f%u = f%u + 0.01_dp * du
  end do
  cost = norm2(f%h) + maxval(abs(f%u)) + norm2(dh(2:7))
end subroutine
