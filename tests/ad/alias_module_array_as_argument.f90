! stad: --head 'run(cost)/(u0)' --set n=12
! A module array passed to a routine that also reads it through the module (legal: nothing is
! written through the alias). The adjoint writes the array's derivative through both paths, so
! the derivative routines must not promise `restrict` for it (wrong at -O2 otherwise).
module state
  implicit none
  real(8) :: u(0:13, 0:13), v(0:13, 0:13)
end module state

subroutine advect(q, tend, n)
  use state
  implicit none
  integer n
  real(8), intent(in) :: q(0:13, 0:13)
  real(8), intent(out) :: tend(0:13, 0:13)
  integer i, j
  do j = 1, n
    do i = 1, n
      tend(i, j) = q(i + 1, j) * u(i, j) - q(i - 1, j) * u(i, j + 1) + q(i, j + 1) * v(i, j) &
                   - q(i, j - 1) * v(i + 1, j)
    end do
  end do
end subroutine advect

subroutine run(n, u0, cost)
  use state
  implicit none
  integer n
  real(8), intent(in) :: u0(n)
  real(8), intent(out) :: cost
  real(8) :: au(0:13, 0:13), av(0:13, 0:13)
  integer i, j, t
  do j = 0, 13
    do i = 0, 13
      u(i, j) = 0.01d0 * (i + 2 * j)
      v(i, j) = 0.02d0 * (2 * i - j)
    end do
  end do
  do i = 1, n
    u(i, 3) = u0(i)
    v(3, i) = 0.5d0 * u0(i)
  end do
  au = 0
  av = 0
  do t = 1, 4
    call advect(u, au, n)
    call advect(v, av, n)
    do j = 1, n
      do i = 1, n
        u(i, j) = u(i, j) + 0.1d0 * au(i, j)
        v(i, j) = v(i, j) + 0.1d0 * av(i, j)
      end do
    end do
  end do
  cost = 0
  do j = 1, n
    do i = 1, n
      cost = cost + u(i, j)**2 + v(i, j)**2
    end do
  end do
end subroutine run
