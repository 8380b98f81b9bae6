! A 2-D nonlinear diffusion with fluxes, a decay term and reductions in its cost, written with
! DO loops: the reference for syntax.f90, which computes the same with array syntax.
subroutine heat_loops(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m), fx(n, m), fy(n, m), s, mx
  integer :: i, j, t
  do j = 1, m
    do i = 1, n
      u(i, j) = u0(i, j)
      fx(i, j) = 0
      fy(i, j) = 0
    end do
  end do
  cost = 0
  do t = 1, nt
    do j = 1, m
      do i = 1, n - 1
        fx(i, j) = 0.1d0 * (u(i + 1, j) - u(i, j)) * (1 + 0.5d0 * u(i, j)**2)
      end do
    end do
    do j = 1, m - 1
      do i = 1, n
        fy(i, j) = 0.1d0 * (u(i, j + 1) - u(i, j))
      end do
    end do
    do j = 2, m - 1
      do i = 2, n - 1
        u(i, j) = u(i, j) + fx(i, j) - fx(i - 1, j) + fy(i, j) - fy(i, j - 1) - 0.01d0 * u(i, j)**3
      end do
    end do
    s = 0
    do j = 1, m
      do i = 1, n
        s = s + u(i, j) * u(i, j)
      end do
    end do
    mx = u(1, 1)
    do j = 1, m
      do i = 1, n
        if (u(i, j) > mx) mx = u(i, j)
      end do
    end do
    cost = cost + s / (n * m) + 0.1d0 * mx
  end do
end subroutine heat_loops
