! pairs.f90 -- the same computations written twice, with array syntax and intrinsics
! (<case>_syntax) and with DO loops (<case>_loops), for pairs.sh, which times the primal and
! the adjoint of each form side by side. Every routine is a head (n, m, nt, u0, cost): u0(n, m)
! in, a scalar cost out, nt repetitions of the kernel; the two forms of a case compute the same
! numbers (same operations in the same order, up to the order of sums).
!
!   stencil  sections with a 5-point stencil          vs  nested loops
!   reduce   SUM and DOT_PRODUCT of columns            vs  accumulation loops
!   matmul   MATMUL of a matrix by the field           vs  the triple loop
!   where    WHERE / ELSEWHERE with two updates        vs  IF inside the loops
!   cshift   periodic neighbours by CSHIFT             vs  index arithmetic (MOD-free wrap)

! ---------------------------------------------------------------- stencil
subroutine stencil_syntax(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m), w(n, m)
  integer :: t
  u = u0
  w = u0
  cost = 0
  do t = 1, nt
    w(2:n-1, 2:m-1) = u(2:n-1, 2:m-1) + 0.1d0 * (u(1:n-2, 2:m-1) + u(3:n, 2:m-1) + u(2:n-1, 1:m-2) &
                      + u(2:n-1, 3:m) - 4 * u(2:n-1, 2:m-1)) - 0.01d0 * u(2:n-1, 2:m-1)**3
    u(2:n-1, 2:m-1) = w(2:n-1, 2:m-1)
    cost = cost + w(n / 2, m / 2)**2
  end do
  cost = cost + u(2, 2) * u(n - 1, m - 1)
end subroutine stencil_syntax

subroutine stencil_loops(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m), w(n, m)
  integer :: i, j, t
  do j = 1, m
    do i = 1, n
      u(i, j) = u0(i, j)
      w(i, j) = u0(i, j)
    end do
  end do
  cost = 0
  do t = 1, nt
    do j = 2, m - 1
      do i = 2, n - 1
        w(i, j) = u(i, j) + 0.1d0 * (u(i - 1, j) + u(i + 1, j) + u(i, j - 1) + u(i, j + 1) - 4 * u(i, j)) &
                  - 0.01d0 * u(i, j)**3
      end do
    end do
    do j = 2, m - 1
      do i = 2, n - 1
        u(i, j) = w(i, j)
      end do
    end do
    cost = cost + w(n / 2, m / 2)**2
  end do
  cost = cost + u(2, 2) * u(n - 1, m - 1)
end subroutine stencil_loops

! ---------------------------------------------------------------- reduce
subroutine reduce_syntax(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m)
  integer :: j, t
  u = u0
  cost = 0
  do t = 1, nt
    do j = 1, m - 1
      cost = cost + 1.0d-3 * dot_product(u(:, j), u(:, j + 1))
    end do
    cost = cost + 1.0d-4 * sum(u**2) + 1.0d-5 * sum(sin(u))
    u = 0.99d0 * u + 0.01d0 * u**2
  end do
end subroutine reduce_syntax

subroutine reduce_loops(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m), d, s1, s2
  integer :: i, j, t
  do j = 1, m
    do i = 1, n
      u(i, j) = u0(i, j)
    end do
  end do
  cost = 0
  do t = 1, nt
    do j = 1, m - 1
      d = 0
      do i = 1, n
        d = d + u(i, j) * u(i, j + 1)
      end do
      cost = cost + 1.0d-3 * d
    end do
    s1 = 0
    s2 = 0
    do j = 1, m
      do i = 1, n
        s1 = s1 + u(i, j)**2
        s2 = s2 + sin(u(i, j))
      end do
    end do
    cost = cost + 1.0d-4 * s1 + 1.0d-5 * s2
    do j = 1, m
      do i = 1, n
        u(i, j) = 0.99d0 * u(i, j) + 0.01d0 * u(i, j)**2
      end do
    end do
  end do
end subroutine reduce_loops

! ---------------------------------------------------------------- matmul
subroutine matmul_syntax(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: a(n, n), u(n, m), w(n, m)
  integer :: i, k, t
  do k = 1, n
    do i = 1, n
      a(i, k) = 1.0d0 / (n * (1 + abs(i - k)))
    end do
  end do
  u = u0
  cost = 0
  do t = 1, nt
    w = matmul(a, u)
    u = tanh(w)
    cost = cost + sum(u * u) / (n * m)
  end do
end subroutine matmul_syntax

subroutine matmul_loops(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: a(n, n), u(n, m), w(n, m), s
  integer :: i, j, k, t
  do k = 1, n
    do i = 1, n
      a(i, k) = 1.0d0 / (n * (1 + abs(i - k)))
    end do
  end do
  do j = 1, m
    do i = 1, n
      u(i, j) = u0(i, j)
    end do
  end do
  cost = 0
  do t = 1, nt
    do j = 1, m
      do i = 1, n
        w(i, j) = 0
      end do
      do k = 1, n
        do i = 1, n
          w(i, j) = w(i, j) + a(i, k) * u(k, j)
        end do
      end do
    end do
    s = 0
    do j = 1, m
      do i = 1, n
        u(i, j) = tanh(w(i, j))
        s = s + u(i, j) * u(i, j)
      end do
    end do
    cost = cost + s / (n * m)
  end do
end subroutine matmul_loops

! ---------------------------------------------------------------- where
subroutine where_syntax(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m)
  integer :: t
  u = u0
  cost = 0
  do t = 1, nt
    where (u > 0.7d0)
      u = u - 0.1d0 * (u - 0.7d0)**2
    elsewhere (u < 0.3d0)
      u = u + 0.2d0 * u * (0.3d0 - u)
    elsewhere
      u = 1.01d0 * u
    end where
    cost = cost + sum(u) / (n * m)
  end do
end subroutine where_syntax

subroutine where_loops(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m), s
  integer :: i, j, t
  do j = 1, m
    do i = 1, n
      u(i, j) = u0(i, j)
    end do
  end do
  cost = 0
  do t = 1, nt
    do j = 1, m
      do i = 1, n
        if (u(i, j) > 0.7d0) then
          u(i, j) = u(i, j) - 0.1d0 * (u(i, j) - 0.7d0)**2
        else if (u(i, j) < 0.3d0) then
          u(i, j) = u(i, j) + 0.2d0 * u(i, j) * (0.3d0 - u(i, j))
        else
          u(i, j) = 1.01d0 * u(i, j)
        end if
      end do
    end do
    s = 0
    do j = 1, m
      do i = 1, n
        s = s + u(i, j)
      end do
    end do
    cost = cost + s / (n * m)
  end do
end subroutine where_loops

! ---------------------------------------------------------------- cshift
subroutine cshift_syntax(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m)
  integer :: t
  u = u0
  cost = 0
  do t = 1, nt
    u = u + 0.1d0 * (cshift(u, 1, dim=1) + cshift(u, -1, dim=1) + cshift(u, 1, dim=2) + cshift(u, -1, dim=2) &
                     - 4 * u) - 0.01d0 * u**3
    cost = cost + sum(u**2) / (n * m)
  end do
end subroutine cshift_syntax

subroutine cshift_loops(n, m, nt, u0, cost)
  implicit none
  integer, intent(in) :: n, m, nt
  real(8), intent(in) :: u0(n, m)
  real(8), intent(out) :: cost
  real(8) :: u(n, m), w(n, m), s
  integer :: i, j, t, ie, iw, jn, js
  do j = 1, m
    do i = 1, n
      u(i, j) = u0(i, j)
    end do
  end do
  cost = 0
  do t = 1, nt
    do j = 1, m
      jn = j + 1
      if (jn > m) jn = 1
      js = j - 1
      if (js < 1) js = m
      do i = 1, n
        ie = i + 1
        if (ie > n) ie = 1
        iw = i - 1
        if (iw < 1) iw = n
        w(i, j) = u(i, j) + 0.1d0 * (u(ie, j) + u(iw, j) + u(i, jn) + u(i, js) - 4 * u(i, j)) - 0.01d0 * u(i, j)**3
      end do
    end do
    s = 0
    do j = 1, m
      do i = 1, n
        u(i, j) = w(i, j)
        s = s + u(i, j)**2
      end do
    end do
    cost = cost + s / (n * m)
  end do
end subroutine cshift_loops
