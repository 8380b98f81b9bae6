! stad: --head 'singular(y)/(x p)' --set n=8
! Partials that are infinite where the function is finite, reached with a zero derivative:
! sqrt(max(q, 0)) and max(q, 0)**p with q clipped, the speed sqrt(u*u + v*v) of cells at rest,
! acos of a clipped cosine. The tangent multiplied Inf by the clipped argument's zero
! derivative (NaN; found by the s17 trial B). And selections whose operand not taken has a NaN
! or infinite partial: merge(sqrt(a - 1), 2*a, a > 1) at a < 1 and max(log(q), -30) at q = 0,
! where the adjoint multiplied the selected-away weight 0 by the partial (NaN). The partial is
! taken as 0 there, and a selected weight is applied after the partials (ad/diffexpr.c).
subroutine singular(n, x, p, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), p
  real(8), intent(out) :: y
  real(8) :: q, u, v, c, e
  integer :: i
  y = 0
  do i = 1, n
    ! half the cells clipped: x is drawn in (0, 1) by the harness
    q = max(x(i) - 0.5d0 - 0.5d0 * mod(i, 2), 0d0)
    y = y + sqrt(q) + max(q, 0d0)**(0.25d0 + 0.5d0 * p) + x(i)
    ! cells at rest: u = v = 0 for i <= 3
    u = x(i) * merge(1d0, 0d0, i > 3)
    v = p * u
    y = y + sqrt(u * u + v * v) * x(i)
    c = min(max(2d0 * x(i) + 0.5d0, -1d0), 1d0)
    y = y + acos(c) * p
    e = merge(sqrt(x(i) - 0.6d0), 2d0 * x(i), x(i) > 0.6d0)
    y = y + e + max(log(q), -30d0) * 1d-3
  end do
end subroutine singular
