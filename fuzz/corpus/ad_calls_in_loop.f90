! stad: --head 'evolve(u)/(u, c)' --set n=6 --set nt=5
! A time loop calling a step routine that updates the state in place (u is both independent
! and dependent): every iteration's call needs the state of its own time step.
subroutine step(n, c, u)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n)
  real(8) :: left, old
  integer :: i
  left = u(n)
  do i = 1, n
    old = u(i)
    u(i) = u(i) - c * 0.2d0 * (u(i) * u(i) - left * left)
    left = old
  end do
end subroutine step

subroutine evolve(n, nt, c, u)
  implicit none
  integer, intent(in) :: n, nt
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n)
  integer :: t
  do t = 1, nt
    call step(n, c, u)
  end do
end subroutine evolve
