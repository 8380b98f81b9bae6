! stad: --head 'kcost(f)/(x)'
! Kinds and PRIVATE state across --fortran-abi: an INTEGER(8) size and real(dp) arrays in the
! exported routine's interface, and a PRIVATE module variable that only the module's own
! procedure sets (compiled by gfortran, called by the Fortran main): the generated adjoint and
! tangent read that value, since gfortran exports private module variables under their usual
! names.
module kprec
  implicit none
  integer, parameter :: dp = kind(1.0d0), ik = selected_int_kind(18)
end module kprec

module kstate
  use kprec
  implicit none
  private
  real(dp) :: scale = 1.0_dp
  public :: set_scale, scaled
contains
  subroutine set_scale(s)
    real(dp), intent(in) :: s
    scale = s
  end subroutine set_scale

  real(dp) function scaled(v)
    real(dp), intent(in) :: v
    scaled = scale * v
  end function scaled
end module kstate

subroutine kcost(n, x, f)
  use kprec
  use kstate
  implicit none
  integer(ik), intent(in) :: n
  real(dp), intent(in) :: x(n)
  real(dp), intent(out) :: f
  integer(ik) :: i
  f = 0.0_dp
  do i = 1, n
    f = f + sin(scaled(x(i)))**2 * real(i, dp)
  end do
end subroutine kcost
