! stad: --head 'run(f)/(u)' --set n=6 --set nt=3
! Reductions inside a time loop that calls routines (call sites in every checkpoint
! configuration): the step normalizes its state by a SUM and clips it by its MAXVAL, the
! cost accumulates DOT_PRODUCTs.
subroutine step(n, u)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  u = u / sum(abs(u)) * n
  u(2:n) = u(2:n) - 0.1d0 * maxval(u(1:n-1)) * u(1:n-1)
end subroutine step

subroutine run(n, nt, u, f)
  implicit none
  integer, intent(in) :: n, nt
  real(8), intent(inout) :: u(n)
  real(8), intent(out) :: f
  integer :: t
  f = 0
  do t = 1, nt
    call step(n, u)
    f = f + dot_product(u, u(n:1:-1)) * t
  end do
end subroutine run
