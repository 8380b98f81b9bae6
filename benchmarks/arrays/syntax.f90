! The same model as loops.f90, written with array syntax: sections, elemental expressions,
! SUM and MAXVAL. stad must lower it to loops as fast as the hand-written ones.
subroutine heat_syntax(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m), fx(n, m), fy(n, m)
  integer :: t
  u = u0
  fx = 0
  fy = 0
  cost = 0
  do t = 1, nt
    fx(1:n-1, :) = 0.1d0 * (u(2:n, :) - u(1:n-1, :)) * (1 + 0.5d0 * u(1:n-1, :)**2)
    fy(:, 1:m-1) = 0.1d0 * (u(:, 2:m) - u(:, 1:m-1))
    u(2:n-1, 2:m-1) = u(2:n-1, 2:m-1) + fx(2:n-1, 2:m-1) - fx(1:n-2, 2:m-1) + fy(2:n-1, 2:m-1) &
                      - fy(2:n-1, 1:m-2) - 0.01d0 * u(2:n-1, 2:m-1)**3
    cost = cost + sum(u * u) / (n * m) + 0.1d0 * maxval(u)
  end do
end subroutine heat_syntax
