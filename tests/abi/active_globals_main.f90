! The map (x, s, e) -> (f, s, e) of step, where s is module state and e COMMON /acc/: the
! tangent is seeded through xd and the derivative variables sd (module state_d) and ed
! (COMMON /acc_d/); the adjoint through fb and the weights sb (module state_b) and eb
! (COMMON /acc_b/). Both are checked against central differences of the primal compiled by
! gfortran and against each other (dot product). Prints OK, or FAIL lines.
program main
  use state
  use state_d, only: sd
  use state_b, only: sb
  use step_d_interface, only: step_d, ed
  use step_b_interface, only: step_b, eb
  implicit none
  integer :: nstep
  real(8) :: e, w
  common /acc/ nstep, e, w
  real(8) :: x(2), s0(2), e0, xd(2), sd0(2), ed0, fd, f, xb(2), fbw, sbw(2), ebw, fb
  real(8) :: u(5), v(5), h, lp, lm, g, lhs, rhs, fp, sp(2), ep, fm, sm(2), em
  integer :: i, bad
  bad = 0
  w = 0.9d0
  nstep = 0
  x = (/0.8d0, -0.4d0/)
  s0 = (/1.2d0, 0.6d0/)
  e0 = 0.5d0
  h = 1d-6

  ! tangent: direction (xd, sd0, ed0)
  xd = (/0.3d0, -0.7d0/)
  sd0 = (/0.4d0, 0.9d0/)
  ed0 = -0.6d0
  s = s0
  e = e0
  sd = sd0
  ed = ed0
  call step_d(x, xd, f, fd)
  if (nstep /= 2) then
    print *, 'FAIL the counter in COMMON /acc/ is', nstep, ' after step_d, not 2'
    bad = 1
  end if
  call eval(x + h*xd, s0 + h*sd0, e0 + h*ed0, fp, sp, ep)
  call eval(x - h*xd, s0 - h*sd0, e0 - h*ed0, fm, sm, em)
  call near('tangent f', fd, (fp - fm) / (2*h))
  call near('tangent s(1)', sd(1), (sp(1) - sm(1)) / (2*h))
  call near('tangent s(2)', sd(2), (sp(2) - sm(2)) / (2*h))
  call near('tangent e', ed, (ep - em) / (2*h))

  ! adjoint: weights (fbw, sbw, ebw) on the outputs
  fbw = 1.5d0
  sbw = (/-0.5d0, 2.0d0/)
  ebw = 0.25d0
  s = s0
  e = e0
  sb = sbw
  eb = ebw
  xb = 0
  fb = fbw
  call step_b(x, xb, f, fb)
  v = (/xb(1), xb(2), sb(1), sb(2), eb/)
  do i = 1, 5
    u = 0
    u(i) = h
    call eval(x + u(1:2), s0 + u(3:4), e0 + u(5), fp, sp, ep)
    lp = fbw*fp + dot_product(sbw, sp) + ebw*ep
    call eval(x - u(1:2), s0 - u(3:4), e0 - u(5), fm, sm, em)
    lm = fbw*fm + dot_product(sbw, sm) + ebw*em
    g = (lp - lm) / (2*h)
    call near('adjoint', v(i), g)
  end do
  lhs = fbw*fd + dot_product(sbw, sd) + ebw*ed
  rhs = dot_product(xd, xb) + dot_product(sd0, sb) + ed0*eb
  if (abs(lhs - rhs) > 1d-12 * max(1d0, abs(lhs))) then
    print *, 'FAIL dot product', lhs, rhs
    bad = 1
  end if
  if (bad == 0) print *, 'OK'

contains

  subroutine eval(xx, s_in, e_in, ff, s_out, e_out)
    real(8), intent(in) :: xx(2), s_in(2), e_in
    real(8), intent(out) :: ff, s_out(2), e_out
    s = s_in
    e = e_in
    call step(xx, ff)
    s_out = s
    e_out = e
  end subroutine eval

  subroutine near(what, a, b)
    character(*), intent(in) :: what
    real(8), intent(in) :: a, b
    if (abs(a - b) > 1d-7 * max(1d0, abs(b))) then
      print *, 'FAIL ', what, a, ' differences', b
      bad = 1
    end if
  end subroutine near
end program main
