! stad: --head 'f(y)/(p)'
! !$AD LINEAR-SOLVE in tangent mode keeps what the solver writes besides x and b — its iteration
! count, a module counter — as the first (primal) solve leaves them: the tangent's second solve
! changed the count the cost reads (trial s16, wrong tangent and primal).
module m
  implicit none
  integer, parameter :: n = 2
  real(8) :: d(n)
  integer :: nsolve = 0
end module m
subroutine amul(v, w)
  use m
  real(8), intent(in) :: v(n)
  real(8), intent(out) :: w(n)
  w = d * v
end subroutine amul
subroutine jac(x, b, its)
  use m
  real(8), intent(inout) :: x(n)
  real(8), intent(in) :: b(n)
  integer, intent(out) :: its
  real(8) :: q(n)
  its = 0
  nsolve = nsolve + 1
  call amul(x, q)
  do while (maxval(abs(b - q)) > 1d-12)
    x = x + 0.5d0 * (b - q) / d
    call amul(x, q)
    its = its + 1
  end do
end subroutine jac
subroutine f(p, y)
  use m
  real(8), intent(in) :: p(n)
  real(8), intent(out) :: y
  real(8) :: u(n), b(n)
  integer :: its
  nsolve = 0
  d = 1 + p**2
  b = 1
  u = 0
  !$AD LINEAR-SOLVE x=u b=b apply=amul symmetric
  call jac(u, b, its)
  y = sum(u) * its + nsolve
end subroutine f
