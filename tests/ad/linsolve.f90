! stad: --head 'f(y)/(x)'
! !$AD LINEAR-SOLVE (the adjoint of a converged solve is one more solve): a conjugate-gradient
! solver of A(x) u = r on a 1-D grid, A symmetric positive definite with coefficients that
! depend on x, a boundary value u(0) that depends on x too (the solver reads it, never writes
! it), a warm start, and two solves in a loop whose right-hand side depends on the previous
! solution. The system has n = 6 unknowns and CG stops after at most n iterations, at the
! solution to rounding, so the linear-solve adjoint agrees with the taped one to ~1e-13.
module lsys
  implicit none
  integer, parameter :: n = 6
  real(8) :: c(1:n+1), d(1:n)
  real(8) :: u(0:n+1), r(0:n+1)
  real(8) :: res(0:n+1), p(0:n+1), q(0:n+1)
end module lsys

subroutine amul(v, w)
  use lsys
  implicit none
  real(8), intent(in) :: v(0:n+1)
  real(8), intent(inout) :: w(0:n+1)
  integer :: i
  do i = 1, n
    w(i) = d(i) * v(i) - c(i) * v(i-1) - c(i+1) * v(i+1)
  end do
end subroutine amul

subroutine cg()
  use lsys
  implicit none
  real(8) :: rz, rz0, alpha, beta, pq, rznew
  integer :: i, k
  call amul(u, q)
  rz = 0
  do i = 1, n
    res(i) = r(i) - q(i)
    p(i) = res(i)
    rz = rz + res(i) * res(i)
  end do
  p(0) = 0
  p(n+1) = 0
  rz0 = rz
  k = 0
  do while (k < n .and. rz > 1.0d-30 * rz0)
    call amul(p, q)
    pq = 0
    do i = 1, n
      pq = pq + p(i) * q(i)
    end do
    alpha = rz / pq
    rznew = 0
    do i = 1, n
      u(i) = u(i) + alpha * p(i)
      res(i) = res(i) - alpha * q(i)
      rznew = rznew + res(i) * res(i)
    end do
    beta = rznew / rz
    do i = 1, n
      p(i) = res(i) + beta * p(i)
    end do
    rz = rznew
    k = k + 1
  end do
end subroutine cg

subroutine f(x, y)
  use lsys
  implicit none
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i, step
  do i = 1, n + 1
    c(i) = 1.0d0 + 0.3d0 * x(min(i, n))**2
  end do
  do i = 1, n
    d(i) = c(i) + c(i+1) + 0.5d0 + 0.1d0 * x(i)
    r(i) = sin(x(i)) + 0.2d0 * i
  end do
  u = 0
  u(0) = 0.5d0 * x(1)
  do step = 1, 2
    !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric
    call cg()
    do i = 1, n
      r(i) = r(i) + 0.3d0 * u(i)**2
    end do
  end do
  y = 0
  do i = 1, n
    y = y + u(i)**2 * x(i) + 0.1d0 * u(i)
  end do
end subroutine f
