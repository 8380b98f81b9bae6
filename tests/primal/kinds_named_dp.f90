! Named kinds: dp = kind(1.0d0), sp = kind(1.0), wp = selected_real_kind(15, 307) in a module;
! real(dp), real(kind=dp), real(wp) declarations, a real(dp) FUNCTION, 1.0_dp literals,
! REAL(x, dp) and REAL(x, kind=sp) conversions, IMPLICIT with a named kind.
module kinds_named_dp_prec
  implicit none
  integer, parameter :: dp = kind(1.0d0), sp = kind(1.0)
  integer, parameter :: wp = selected_real_kind(15, 307)
  integer, parameter :: lp = selected_real_kind(p=6)
end module kinds_named_dp_prec

module kinds_named_dp_model
  use kinds_named_dp_prec
  implicit none
  real(dp), parameter :: g = 9.81_dp
  real(kind=wp) :: state(4)
contains
  real(dp) function energy(v, h)
    real(dp), intent(in) :: v, h
    energy = 0.5_dp * v**2 + g * h
  end function energy

  subroutine step(n, x, dt)
    integer, intent(in) :: n
    real(kind=dp), intent(inout) :: x(n)
    real(dp), intent(in) :: dt
    integer :: i
    do i = 1, n
      x(i) = x(i) + dt * real(i, dp) / 3.0_dp
      state(mod(i - 1, 4) + 1) = state(mod(i - 1, 4) + 1) + x(i)
    end do
  end subroutine step
end module kinds_named_dp_model

program kinds_named_dp
  use kinds_named_dp_model
  implicit none
  real(dp) :: x(5), e
  real(sp) :: r
  real(lp) :: r2
  real(kind=kind(1.0d0)) :: z
  integer :: i
  state = 0.0_wp
  do i = 1, 5
    x(i) = 1.0_dp / real(i, kind=dp)
  end do
  call step(5, x, 0.1_dp)
  e = energy(x(2), x(3))
  r = real(e, sp)
  r2 = real(e, kind=lp) * 2.0_lp
  z = 1.0_dp / 3
  print *, x(1), x(5), e, r, r2, z
  print *, state(1), state(2), state(3), state(4), g
  print *, kind(e), kind(r), kind(r2), dp, sp, wp, lp
end program kinds_named_dp

subroutine implicit_kinds(a, b)
  use kinds_named_dp_prec, only: dp
  implicit real(dp) (a-h, o-z)
  b = a * 2.0_dp
end subroutine implicit_kinds
