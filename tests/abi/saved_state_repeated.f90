! stad: --head 'twice(y)/(x)'
! A running mean kept in SAVE'd locals of a callee (as diagnostics and filters keep them),
! called by the head twice per call: every call of the head moves the state on. The adjoint's
! backward sweep restores what it overwrote; the head's adjoint must still leave the SAVE'd
! state as the primal does (nobody else can set it), so the k-th adjoint is the derivative at
! the k-th state, equal to the k-th tangent (trial s16: every adjoint was the first one's).
module mean_weight
  implicit none
  real(8) :: weight = 1.0d0
end module mean_weight

subroutine runmean(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8), save :: total = 0.0d0
  integer, save :: ncall = 0
  ncall = ncall + 1
  total = total + x
  y = total / ncall
end subroutine runmean

subroutine twice(x, y)
  use mean_weight
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: a, b
  call runmean(x, a)
  call runmean(2*x, b)
  y = weight * a * b
end subroutine twice
