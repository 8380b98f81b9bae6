! stad: --head 'evolve(u)/(u, c)'
! A time loop calling a step routine on an array: a loop, an array, a call and its checkpoint
! site (on by default: the adjoint reruns step from a snapshot of u).
subroutine step(n, c, u)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n)
  integer :: i
  do i = 2, n
    u(i) = u(i) - c * u(i - 1) * u(i)
  end do
end subroutine step

subroutine evolve(n, c, u)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n)
  integer :: t
  do t = 1, 3
    call step(n, c, u)
  end do
end subroutine evolve
