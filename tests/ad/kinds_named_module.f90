! stad: --head 'kinds_cost(cost)/(x)' --set n=6
! Kinds from a module throughout an active computation: real(dp) and real(kind=wp) state and
! dummies, a real(dp) FUNCTION, 1.0_dp and 1.5e-1_wp literals, REAL(i, dp) and REAL(x, kind=sp)
! (single-precision rounding of a passive value), iso_fortran_env's real64 through a rename.
module kinds_prec
  implicit none
  integer, parameter :: dp = kind(1.0d0), sp = kind(1.0)
  integer, parameter :: wp = selected_real_kind(15, 300)
end module kinds_prec

module kinds_state
  use kinds_prec
  use iso_fortran_env, only: r64 => real64
  implicit none
  real(kind=wp) :: acc
  real(r64), parameter :: damp = 0.75_r64
contains
  real(dp) function smooth(a, b)
    real(dp), intent(in) :: a, b
    smooth = sqrt(a**2 + b**2 + 1.0_dp) * damp
  end function smooth

  subroutine relax(n, x, y)
    integer, intent(in) :: n
    real(kind=dp), intent(in) :: x(n)
    real(dp), intent(out) :: y(n)
    integer :: i
    y(1) = x(1)
    do i = 2, n
      y(i) = smooth(x(i), y(i - 1)) + 1.5e-1_wp * real(i, dp) * x(i - 1)
      acc = acc + y(i) * real(real(i, kind=sp) / 3.0_sp, dp)
    end do
  end subroutine relax
end module kinds_state

subroutine kinds_cost(n, x, cost)
  use kinds_state
  implicit none
  integer, intent(in) :: n
  real(dp), intent(in) :: x(n)
  real(dp), intent(out) :: cost
  real(dp) :: y(n)
  integer :: i
  acc = 0.0_wp
  call relax(n, x, y)
  cost = acc
  do i = 1, n
    cost = cost + 0.5_dp * y(i)**2
  end do
end subroutine kinds_cost
