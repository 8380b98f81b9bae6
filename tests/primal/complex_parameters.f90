! COMPLEX PARAMETERs ((re, im), CMPLX with KIND, a real value) in a module, used in
! expressions, and complex variables with initial values (a module variable, a program local).
module t6m
  implicit none
  integer, parameter :: dp = kind(1d0)
  complex(dp), parameter :: ci = (0.0_dp, 1.0_dp), two = -2 * 1.0_dp, c3 = cmplx(0.5_dp, -1.5_dp, kind=dp)
  complex(dp) :: state = (0.25d0, 0.75d0)
end module t6m
program t6
  use t6m
  implicit none
  complex :: s = cmplx(1.0, 2.0)
  complex(dp) :: z
  z = ci * two + c3 * state
  print *, z, s, ci, real(c3) + aimag(ci)
  state = state * ci
  print *, state
end program t6
