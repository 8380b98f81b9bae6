! stad: --head 'evolve(f)/(w0)'
! An array-valued function whose result's size reads a module variable, referenced in the step of
! a BINOMIAL-CKP loop: its temporary is allocated before the statement and freed after it, so it
! is dead between steps and not part of the revolve snapshot (which saved its empty storage and
! crashed the adjoint; found by a new user's trial).
module g2
  implicit none
  integer :: nx = 4
contains
  function grad(u) result(g)
    real(8), intent(in) :: u(:)
    real(8) :: g(size(u))
    g = u**2 - 0.25d0 * u
  end function grad
end module g2

subroutine evolve(w0, f)
  use g2
  implicit none
  real(8), intent(in) :: w0(4)
  real(8), intent(out) :: f
  real(8) :: u(nx)
  integer :: it
  u = w0
  !$AD BINOMIAL-CKP 5 2 1
  do it = 1, 5
    u = 0.5d0 * grad(u) + 0.1d0 * u
  end do
  f = sum(u * u)
end subroutine evolve
