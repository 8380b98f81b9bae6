! stad: --head 'f(y)/(x)'
! !$AD LINEAR-SOLVE (the adjoint of a converged solve is one more solve): a conjugate-gradient
! solver of A(x) u = r on a 3 x 2 grid (rank-2 arrays with a halo), A symmetric positive
! definite with coefficients that depend on x, boundary values u(0, j) that depend on x too
! (the solver reads them, never writes them), a warm start, two solves in a loop whose
! right-hand side depends on the previous solution, and a Picard iteration under !$AD FP-LOOP
! whose step is a solve (u = A^-1 (r0 + 0.1 sin u), a contraction). The system has 6 unknowns
! and CG stops after at most 6 iterations, at the solution to rounding, so the linear-solve
! derivatives agree with the taped ones to ~1e-15.
module lsys
  implicit none
  integer, parameter :: nx = 3, ny = 2, n = nx * ny
  real(8) :: cx(1:nx+1, 1:ny), cy(1:nx, 1:ny+1), d(1:nx, 1:ny)
  real(8) :: u(0:nx+1, 0:ny+1), r(0:nx+1, 0:ny+1)
  real(8) :: res(0:nx+1, 0:ny+1), p(0:nx+1, 0:ny+1), q(0:nx+1, 0:ny+1)
end module lsys

subroutine amul(v, w)
  use lsys
  implicit none
  real(8), intent(in) :: v(0:nx+1, 0:ny+1)
  real(8), intent(inout) :: w(0:nx+1, 0:ny+1)
  integer :: i, j
  do j = 1, ny
    do i = 1, nx
      w(i, j) = d(i, j) * v(i, j) - cx(i, j) * v(i-1, j) - cx(i+1, j) * v(i+1, j) &
              - cy(i, j) * v(i, j-1) - cy(i, j+1) * v(i, j+1)
    end do
  end do
end subroutine amul

subroutine cg()
  use lsys
  implicit none
  real(8) :: rz, rz0, alpha, beta, pq, rznew
  integer :: i, j, k
  call amul(u, q)
  rz = 0
  p = 0
  do j = 1, ny
    do i = 1, nx
      res(i, j) = r(i, j) - q(i, j)
      p(i, j) = res(i, j)
      rz = rz + res(i, j) * res(i, j)
    end do
  end do
  rz0 = rz
  k = 0
  do while (k < n .and. rz > 1.0d-30 * rz0)
    call amul(p, q)
    pq = sum(p(1:nx, 1:ny) * q(1:nx, 1:ny))
    alpha = rz / pq
    u(1:nx, 1:ny) = u(1:nx, 1:ny) + alpha * p(1:nx, 1:ny)
    res(1:nx, 1:ny) = res(1:nx, 1:ny) - alpha * q(1:nx, 1:ny)
    rznew = sum(res(1:nx, 1:ny)**2)
    beta = rznew / rz
    p(1:nx, 1:ny) = res(1:nx, 1:ny) + beta * p(1:nx, 1:ny)
    rz = rznew
    k = k + 1
  end do
end subroutine cg

subroutine f(x, y)
  use lsys
  implicit none
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i, j, step, k
  real(8) :: r0(nx, ny), uold(nx, ny), dv
  do j = 1, ny
    do i = 1, nx + 1
      cx(i, j) = 1.0d0 + 0.3d0 * x(min(i, nx) + nx * (j - 1))**2
    end do
  end do
  do j = 1, ny + 1
    do i = 1, nx
      cy(i, j) = 0.8d0 + 0.2d0 * sin(x(i + nx * (min(j, ny) - 1)))
    end do
  end do
  do j = 1, ny
    do i = 1, nx
      d(i, j) = cx(i, j) + cx(i+1, j) + cy(i, j) + cy(i, j+1) + 0.5d0 + 0.1d0 * x(i + nx * (j - 1))
      r(i, j) = sin(x(i + nx * (j - 1))) + 0.2d0 * i - 0.1d0 * j
    end do
  end do
  u = 0
  do j = 1, ny
    u(0, j) = 0.5d0 * x(1 + nx * (j - 1))
  end do
  do step = 1, 2
    !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric
    call cg()
    r(1:nx, 1:ny) = r(1:nx, 1:ny) + 0.3d0 * u(1:nx, 1:ny)**2
  end do
  r0 = r(1:nx, 1:ny)
  dv = 1
  k = 0
  !$AD FP-LOOP u tol=1d-14
  do while (dv > 1d-15 .and. k < 100)
    uold = u(1:nx, 1:ny)
    r(1:nx, 1:ny) = r0 + 0.1d0 * sin(u(1:nx, 1:ny))
    !$AD LINEAR-SOLVE x=u b=r apply=amul symmetric
    call cg()
    dv = maxval(abs(u(1:nx, 1:ny) - uold))
    k = k + 1
  end do
  y = sum(u(1:nx, 1:ny)**2 * reshape(x, (/nx, ny/))) + 0.1d0 * sum(u(1:nx, 1:ny))
end subroutine f
