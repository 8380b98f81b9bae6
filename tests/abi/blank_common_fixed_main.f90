! Sets the blank COMMON's INT and V, seeds the derivative of W (/blank_d/, /blank_b/) and checks
! fx_d and fx_b against central differences of fx compiled by gfortran. Prints OK, or FAIL lines.
program main
  use fx_d_interface, only: fx_d, wd
  use fx_b_interface, only: fx_b, wb
  implicit none
  integer :: int
  double precision :: w, v
  common int, w, v
  real(8) :: x(2), xd(2), xb(2), f, fd, fb, fp, fm, wp, wm, h, g, wbw
  integer :: i, bad
  bad = 0
  int = 3
  v = 0.4d0
  x = (/1.5d0, -0.5d0/)
  h = 1d-6
  xd = (/0.7d0, 0.2d0/)
  wd = 0
  call fx_d(x, xd, f, fd)
  call eval(x + h*xd, fp, wp)
  call eval(x - h*xd, fm, wm)
  call near('tangent f', fd, (fp - fm) / (2*h))
  call near('tangent w', wd, (wp - wm) / (2*h))
  wbw = -1.25d0
  wb = wbw
  xb = 0
  fb = 1
  call fx_b(x, xb, f, fb)
  call near('adjoint of w on entry', wb, 0d0)
  do i = 1, 2
    x(i) = x(i) + h
    call eval(x, fp, wp)
    x(i) = x(i) - 2*h
    call eval(x, fm, wm)
    x(i) = x(i) + h
    g = (fp + wbw*wp - fm - wbw*wm) / (2*h)
    call near('adjoint x', xb(i), g)
  end do
  if (int /= 3) then
    print *, 'FAIL int is', int
    bad = 1
  end if
  if (bad == 0) print *, 'OK'

contains

  subroutine eval(xx, ff, w_out)
    real(8), intent(in) :: xx(2)
    real(8), intent(out) :: ff, w_out
    call fx(xx, ff)
    w_out = w
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
