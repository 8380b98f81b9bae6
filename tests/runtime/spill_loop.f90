! A time loop whose adjoint tape is tens of megabytes: each step overwrites the state
! (nonlinearly), so the forward sweep stores every step's values.
subroutine step(n, u, k)
  integer n, i
  double precision u(n), k, t(n)
  do i = 2, n - 1
    t(i) = u(i) + k * (u(i-1) - 2*u(i) + u(i+1)) - 0.01d0 * u(i)**2
  end do
  do i = 2, n - 1
    u(i) = sin(t(i))
  end do
end subroutine

subroutine model(n, nt, u, k, cost)
  integer n, nt, it, i
  double precision u(n), k, cost
  do it = 1, nt
    call step(n, u, k)
  end do
  cost = 0
  do i = 1, n
    cost = cost + u(i)**2
  end do
end subroutine
