! Declares /st/ as m(2, 3) (the model sees it as s(6) and as a(2), b(4)), sets it, and checks
! fl_d and fl_b against central differences of fl compiled by gfortran: the derivative of f for
! x, and for the block's values on entry (the adjoint block /st_b/, one array stb(0:5), seeded
! zero). Prints OK, or FAIL lines.
program main
  use fl_d_interface, only: fl_d, std
  use fl_b_interface, only: fl_b, stb
  implicit none
  real(8) :: m(2, 3)
  common /st/ m
  real(8) :: m0(2, 3), x(2), xd(2), xb(2), f, fd, fb, fp, fm, h, g
  integer :: i, j, bad
  bad = 0
  m0 = reshape((/0.5d0, -1.0d0, 0.25d0, 2.0d0, 1.5d0, -0.75d0/), (/2, 3/))
  x = (/1.5d0, -0.5d0/)
  h = 1d-6
  xd = (/0.7d0, 0.2d0/)
  std = 0
  m = m0
  call fl_d(x, xd, f, fd)
  call eval(x + h*xd, m0, fp)
  call eval(x - h*xd, m0, fm)
  call near('tangent f', fd, (fp - fm) / (2*h))
  m = m0
  m = m0
  stb = 0
  xb = 0
  fb = 1
  call fl_b(x, xb, f, fb)
  do i = 1, 2
    x(i) = x(i) + h
    call eval(x, m0, fp)
    x(i) = x(i) - 2*h
    call eval(x, m0, fm)
    x(i) = x(i) + h
    call near('adjoint x', xb(i), (fp - fm) / (2*h))
  end do
  do j = 1, 3
    do i = 1, 2
      m0(i, j) = m0(i, j) + h
      call eval(x, m0, fp)
      m0(i, j) = m0(i, j) - 2*h
      call eval(x, m0, fm)
      m0(i, j) = m0(i, j) + h
      call near('adjoint of the block', stb(i - 1 + 2*(j - 1)), (fp - fm) / (2*h))
    end do
  end do
  if (bad == 0) print *, 'OK'

contains

  subroutine eval(xx, mm, ff)
    real(8), intent(in) :: xx(2), mm(2, 3)
    real(8), intent(out) :: ff
    m = mm
    call fl(xx, ff)
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
