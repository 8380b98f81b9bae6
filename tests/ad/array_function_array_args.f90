! stad: --head 'f(y)/(x, w)' --set n=5
! A function of whole arrays (scalar-valued) inside array expressions and reductions: one value
! for every element, computed once before the loops (found by tests/gen: it was refused).
module norms
  implicit none
contains
  function wsum(v, w) result(s)
    real(8), intent(in) :: v(:), w(:)
    real(8) :: s
    s = sum(v * w) / size(v)
  end function wsum
end module norms

subroutine f(n, x, w, y)
  use norms
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: u(n)
  u = x * wsum(x, w) + w
  u(2:n) = u(1:n-1) - 0.5d0 * wsum(u, x) * u(2:n)
  y = sum(u * wsum(u, u)) + dot_product(u, x * wsum(w, u))
end subroutine f
