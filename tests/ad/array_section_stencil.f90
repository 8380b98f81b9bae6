! stad: --head 'heat(u)/(u, c)' --set n=9 --set nt=4
! A nonlinear diffusion step written with sections, called from a time loop: the interior
! update reads both neighbours of the section it assigns (Fortran evaluates the right-hand side
! first, so it goes through a temporary), then the boundaries copy their neighbours.
subroutine step(n, c, u)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n)
  u(2:n-1) = u(2:n-1) + c * (u(1:n-2) - 2 * u(2:n-1) + u(3:n)) * (1 + 0.1d0 * u(2:n-1)**2)
  u(1) = u(2)
  u(n:n) = u(n-1:n-1)
end subroutine step

subroutine heat(n, nt, c, u)
  implicit none
  integer, intent(in) :: n, nt
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n)
  integer :: t
  do t = 1, nt
    call step(n, c, u)
  end do
end subroutine heat
