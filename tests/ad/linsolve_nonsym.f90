! stad: --head 'f(y)/(x)'
! !$AD LINEAR-SOLVE with a non-symmetric matrix: a 1-D convection-diffusion system A(x) u = r
! (upwinded, so A is not symmetric), solved by Jacobi sweeps to rounding; `transpose=amult`
! names y = A^T x, with which the backward sweep runs the same solver for A^T lambda = ub.
! Both matrix routines take assumed-shape dummies; the directive is written with blanks around
! '='. The boundary value u(0) depends on x (read by the solver, never written). With
! `symmetric` in place of transpose= the adjoint is wrong (A^-1 instead of A^-T; in the FP-LOOP
! below the adjoint iteration would make up for it, as a Richardson iteration). Then a Picard
! iteration under !$AD FP-LOOP whose step is such a solve; the step reads the solver's iteration
! count, so its adjoint steps solve again (no kept solution: ls_fp_kept_solutions 0). The step
! sets both boundary values (tests/ad/linsolve's step reads its halo only).
module cdsys
  implicit none
  integer, parameter :: n = 6
  real(8) :: dg(n), cw(0:n+1), ce(0:n+1)
  real(8) :: u(0:n+1), r(0:n+1)
end module cdsys

module cdops
  use cdsys, only: n, dg, cw, ce
  implicit none
contains
subroutine amul(v, w)
  real(8), intent(in) :: v(0:)
  real(8), intent(inout) :: w(0:)
  integer :: i
  do i = 1, n
    w(i) = dg(i) * v(i) - cw(i) * v(i-1) - ce(i) * v(i+1)
  end do
end subroutine amul

subroutine amult(v, w)
  real(8), intent(in) :: v(0:)
  real(8), intent(inout) :: w(0:)
  integer :: i
  do i = 1, n
    w(i) = dg(i) * v(i) - ce(i-1) * v(i-1) - cw(i+1) * v(i+1)
  end do
end subroutine amult
end module cdops

subroutine jacobi(its)
  use cdsys
  use cdops
  implicit none
  integer, intent(out) :: its
  real(8) :: q(0:n+1), err
  q = 0
  its = 0
  err = 1
  do while (err > 1d-15 .and. its < 200)
    call amul(u, q)
    err = maxval(abs(r(1:n) - q(1:n)))
    u(1:n) = u(1:n) + (r(1:n) - q(1:n)) / dg
    its = its + 1
  end do
end subroutine jacobi

subroutine f(x, y)
  use cdsys
  implicit none
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i, its, k, nits
  real(8) :: r0(n), uold(n), dv, u1(n)
  cw = 0
  ce = 0
  do i = 1, n
    cw(i) = 1.0d0 + 0.4d0 + 0.1d0 * x(i)**2
    ce(i) = 1.0d0 - 0.4d0 + 0.2d0 * sin(x(i))
    dg(i) = cw(i) + ce(i) + 1.5d0 + 0.1d0 * x(i)
    r(i) = cos(x(i)) + 0.1d0 * i
  end do
  u = 0
  u(0) = 0.5d0 * x(1)
  !$AD LINEAR-SOLVE   x = u , b = r   apply = amul   transpose = amult
  call jacobi(its)
  u1 = u(1:n)
  r0 = r(1:n)
  dv = 1
  k = 0
  nits = 0
  !$AD FP-LOOP u tol=1d-12
  do while (dv > 1d-14 .and. k < 100)
    uold = u(1:n)
    u(0) = 0.5d0 * x(1)
    u(n+1) = 0
    r(1:n) = r0 + 0.1d0 * sin(u(1:n))
    !$AD LINEAR-SOLVE x=u b=r apply=amul transpose=amult
    call jacobi(its)
    nits = nits + its
    dv = maxval(abs(u(1:n) - uold))
    k = k + 1
  end do
  y = sum(u(1:n)**2 * x) + u(1) * u(n) + sum(u1 * cos(x))
end subroutine f
