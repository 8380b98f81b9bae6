! stad: --head 'step(f)/(x)'
! Module and COMMON state that is itself active: the caller seeds the derivatives of s and e
! (module state_d / state_b, COMMON /acc_d/ / /acc_b/) and reads them back. A callee updates the
! state twice, so the adjoint checkpoints (or not) calls that read and write it. /acc/ also holds
! an integer counter (padding after it) and a passive weight w the caller sets: the derivative
! block /acc_b/ keeps their slots.
module state
  implicit none
  real(8) :: s(2)
end module state

subroutine advance(x)
  use state
  implicit none
  real(8), intent(in) :: x(2)
  integer :: nstep
  real(8) :: e, w
  common /acc/ nstep, e, w
  s(1) = s(1) + x(2) * s(2)
  s(2) = sin(x(1)) * s(2)
  e = e * x(1) + w * s(1)
  nstep = nstep + 1
end subroutine advance

subroutine step(x, f)
  use state
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: f
  integer :: nstep
  real(8) :: e, w
  common /acc/ nstep, e, w
  f = s(1) * x(1) + s(2)**2 + e * x(2)
  call advance(x)
  f = f + e * s(2)
  call advance(x)
end subroutine step
