! stad: --head 'f(y)/(x)' --set n=5
! !$AD FP-LOOP (two-phase adjoint of fixed-point loops): a DO WHILE with its state named
! (quoted, Tapenade's spelling) and a tolerance, a counted DO left by an EXIT that comes first
! in the body (its state inferred, a checkpointed CALL inside), a Jacobi solve whose
! matrix depends on x, and named states in a FUNCTION and in an internal subroutine (whose
! variables stad renames or passes). The adjoint iterates one step's adjoint at the converged state; it
! agrees with the tangent (exact for the computed iterates) to the solvers' tolerance, far
! inside the check's. fploop_taped compares it with the fully taped adjoint. The Jacobi loop
! keeps its DO variable as an iteration count (nit = k, read after the loop only), which does
! not change the step's map (s18 trial A F12: was refused).
subroutine step(n, w, z, err)
  integer, intent(in) :: n
  real(8), intent(inout) :: w(n)
  real(8), intent(in) :: z(n)
  real(8), intent(out) :: err
  real(8) :: wnew(n)
  wnew = 0.3d0*sin(w) + 0.1d0*z*z
  err = maxval(abs(wnew - w))
  w = wnew
end subroutine

real(8) function g(a)
  real(8), intent(in) :: a
  real(8) :: s, t, e
  s = 0
  e = 1
  !$AD FP-LOOP s
  do while (e > 1d-15)
    t = 0.5d0*sin(s) + a
    e = abs(t - s)
    s = t
  end do
  g = s
end function

subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: z(n), znew(n), w(n), u(n), unew(n), err, q, g
  integer :: i, k, nit
  z = 0
  err = 1
  !$AD FP-LOOP "z" tol=1e-14
  do while (err > 1d-15)
    do i = 1, n
      znew(i) = 0.5d0*cos(z(i)) + x(i) + 0.1d0*z(mod(i, n) + 1)
    end do
    err = maxval(abs(znew - z))
    z = znew
  end do
  w = 1
  err = 1
  !$AD FP-LOOP
  do k = 1, 200
    if (err < 1d-15) exit
    call step(n, w, z, err)
  end do
  ! Jacobi for (4 + x(i)) u(i) - u(i-1) - u(i+1) = w(i)
  u = 0
  !$AD FP-LOOP u, tol=1d-13 maxiter=500
  do k = 1, 300
    do i = 1, n
      unew(i) = w(i)
      if (i > 1) unew(i) = unew(i) + u(i - 1)
      if (i < n) unew(i) = unew(i) + u(i + 1)
      unew(i) = unew(i)/(4 + x(i))
    end do
    err = maxval(abs(unew - u))
    u = unew
    nit = k
    if (err < 1d-15) exit
  end do
  call relax()
  y = sum(w*w) + sum(z) + 2*znew(1) + sum(u*x) + g(x(2)) + q
  if (nit >= 300) y = 0
contains
  subroutine relax()
    real(8) :: qn, e
    q = x(1)
    e = 1
    !$AD FP-LOOP q
    do while (e > 1d-15)
      qn = 0.3d0*cos(q*x(3))
      e = abs(qn - q)
      q = qn
    end do
  end subroutine
end subroutine
