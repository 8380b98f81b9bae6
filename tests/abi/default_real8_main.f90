! Built with -fdefault-real-8 -fdefault-double-8 like the model: sets /PARS/ (REAL C and W, then
! INTEGER K and DOUBLE PRECISION D), seeds W's derivative and checks r8_d and r8_b against
! central differences of r8 compiled by gfortran. Prints OK, or FAIL lines.
program main
  use r8_d_interface, only: r8_d, wd
  use r8_b_interface, only: r8_b, wb
  implicit none
  real :: c, w
  double precision :: d
  integer :: k
  common /pars/ c, w, k, d
  real :: x(2), xd(2), xb(2), f, fd, fb, fp, fm, wp, wm, h, g, wbw
  integer :: i, bad
  bad = 0
  c = 0.3
  k = 3
  d = 0.4d0
  x = (/1.5, -0.5/)
  h = 1e-6
  xd = (/0.7, 0.2/)
  wd = 0
  call r8_d(x, xd, f, fd)
  call eval(x + h*xd, fp, wp)
  call eval(x - h*xd, fm, wm)
  call near('tangent f', fd, (fp - fm) / (2*h))
  call near('tangent w', wd, (wp - wm) / (2*h))
  wbw = -1.25
  wb = wbw
  xb = 0
  fb = 1
  call r8_b(x, xb, f, fb)
  call near('adjoint of w on entry', wb, 0.0)
  do i = 1, 2
    x(i) = x(i) + h
    call eval(x, fp, wp)
    x(i) = x(i) - 2*h
    call eval(x, fm, wm)
    x(i) = x(i) + h
    g = (fp + wbw*wp - fm - wbw*wm) / (2*h)
    call near('adjoint x', xb(i), g)
  end do
  if (k /= 3 .or. d /= 0.4d0 .or. c /= 0.3) then
    print *, 'FAIL the COMMON changed', c, k, d
    bad = 1
  end if
  if (bad == 0) print *, 'OK'

contains

  subroutine eval(xx, ff, w_out)
    real, intent(in) :: xx(2)
    real, intent(out) :: ff, w_out
    call r8(xx, ff)
    w_out = w
  end subroutine eval

  subroutine near(what, a, b)
    character(*), intent(in) :: what
    real, intent(in) :: a, b
    if (abs(a - b) > 1e-7 * max(1.0, abs(b))) then
      print *, 'FAIL ', what, a, ' differences', b
      bad = 1
    end if
  end subroutine near
end program main
