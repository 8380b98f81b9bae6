! tcost's --fortran-abi adjoint and tangent called with CHARACTER actuals of several lengths
! (literals and a variable) and the module variable variant set by the program: gradients and
! tangents must match central differences of tcost compiled by gfortran, and each other.
program main
  use tstate
  use tcost_b_interface, only: tcost_b
  use tcost_d_interface, only: tcost_d
  implicit none
  real(8) :: x(3), xb(3), xd(3), u(3), f, fb, fd, fp, fm, h
  character(len=12) :: task
  integer :: i, k, bad
  bad = 0
  h = 1d-6
  x = (/0.3d0, -0.7d0, 1.1d0/)
  do k = 1, 4
    if (k == 1) task = 'FG_START'
    if (k == 2) task = 'CUBIC'
    if (k == 3) task = 'OTHER'
    if (k == 4) then
      task = 'FG'
      variant = 'SCALED'
    end if
    xb = 0
    fb = 1
    call tcost_b(task, x, xb, 3, f, fb)
    do i = 1, 3
      u = 0
      u(i) = h
      call tcost(task, x + u, 3, fp)
      call tcost(task, x - u, 3, fm)
      call near('adjoint', xb(i), (fp - fm) / (2*h))
    end do
    xd = (/0.4d0, -0.2d0, 0.9d0/)
    call tcost_d(task, x, xd, 3, f, fd)
    call tcost(task, x + h*xd, 3, fp)
    call tcost(task, x - h*xd, 3, fm)
    call near('tangent', fd, (fp - fm) / (2*h))
    if (abs(fd - dot_product(xd, xb)) > 1d-12 * max(1d0, abs(fd))) then
      print *, 'FAIL dot product', k, fd, dot_product(xd, xb)
      bad = 1
    end if
  end do
  ! a literal actual: its length is the literal's
  variant = 'PLAIN'
  xb = 0
  fb = 1
  call tcost_b('CUBIC', x, xb, 3, f, fb)
  call near('literal', xb(2), 3 * x(2)**2)
  if (bad == 0) print *, 'OK'

contains

  subroutine near(what, a, b)
    character(*), intent(in) :: what
    real(8), intent(in) :: a, b
    if (abs(a - b) > 1d-7 * max(1d0, abs(b))) then
      print *, 'FAIL ', what, a, ' differences', b
      bad = 1
    end if
  end subroutine near
end program main
