! ascost through its --fortran-abi adjoint and tangent, with a non-contiguous section for x and a
! rank-2 w: the derivatives must match central differences of ascost compiled by gfortran, and
! each other.
program main
  use asmod
  use ascost_b_interface, only: ascost_b
  use ascost_d_interface, only: ascost_d
  implicit none
  real(8) :: big(10), x(5), xb(5), xd(5), u(5), w(0:2, 2), wb(0:2, 2), wd(0:2, 2)
  real(8) :: f, fb, fd, fp, fm, h
  integer :: i, bad
  bad = 0
  h = 1d-6
  scale = 1.5d0
  do i = 1, 10
    big(i) = 0.1d0 * i - 0.45d0
  end do
  x = big(1:10:2)
  w = reshape([0.3d0, -0.2d0, 0.5d0, 0.7d0, -0.1d0, 0.4d0], [3, 2])
  xb = 0
  wb = 0
  fb = 1
  call ascost_b(big(1:10:2), xb, size(x), w, wb, size(w, 1), size(w, 2), f, fb)
  do i = 1, 5
    u = 0
    u(i) = h
    call ascost(x + u, w, fp)
    call ascost(x - u, w, fm)
    call near('adjoint', xb(i), (fp - fm) / (2*h))
  end do
  xd = [0.4d0, -0.2d0, 0.9d0, 0.1d0, -0.3d0]
  wd = 0.5d0
  call ascost_d(x, xd, size(x), w, wd, size(w, 1), size(w, 2), f, fd)
  call ascost(x + h*xd, w + h*wd, fp)
  call ascost(x - h*xd, w - h*wd, fm)
  call near('tangent', fd, (fp - fm) / (2*h))
  if (abs(fd - dot_product(xd, xb) - sum(wd * wb)) > 1d-12 * max(1d0, abs(fd))) then
    print *, 'FAIL dot product', fd, dot_product(xd, xb) + sum(wd * wb)
    bad = 1
  end if
  if (bad == 0) print *, 'OK'

contains

  subroutine near(what, a, b)
    character(*), intent(in) :: what
    real(8), intent(in) :: a, b
    if (abs(a - b) > 1d-6 * max(1d0, abs(b))) then
      print *, 'FAIL ', what, a, b
      bad = 1
    end if
  end subroutine near
end program main
