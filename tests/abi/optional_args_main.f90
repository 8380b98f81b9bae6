! ocost's --fortran-abi adjoint and tangent called with the optional arguments omitted, given
! positionally and given by keyword: each result must match central differences of ocost
! compiled by gfortran, called the same way.
program main
  use ostate
  use ocost_b_interface, only: ocost_b
  use ocost_d_interface, only: ocost_d
  implicit none
  real(8) :: x(3), xb(3), xd(3), u(3), w(3), wb(3), wd(3), f, fb, fd, fp, fm, h
  integer :: i, k, bad
  interface
    subroutine ocost(n, x, f, w, mode)
      integer, intent(in) :: n
      real(8), intent(in) :: x(n)
      real(8), intent(out) :: f
      real(8), optional, intent(in) :: w(n)
      integer, optional, intent(in) :: mode
    end subroutine
  end interface
  bad = 0
  h = 1d-6
  x = (/0.3d0, -0.7d0, 1.1d0/)
  w = (/2d0, 0.5d0, -1d0/)
  gain = 1.5d0
  do k = 1, 3
    xb = 0
    wb = 0
    fb = 1
    if (k == 1) call ocost_b(3, x, xb, f, fb)
    if (k == 2) call ocost_b(3, x, xb, f, fb, w, wb)
    if (k == 3) call ocost_b(3, x, xb, f, fb, mode=2, w=w, wb=wb)
    do i = 1, 3
      u = 0
      u(i) = h
      if (k == 1) call ocost(3, x + u, fp)
      if (k == 1) call ocost(3, x - u, fm)
      if (k == 2) call ocost(3, x + u, fp, w)
      if (k == 2) call ocost(3, x - u, fm, w)
      if (k == 3) call ocost(3, x + u, fp, w, 2)
      if (k == 3) call ocost(3, x - u, fm, w, 2)
      call near('adjoint x', xb(i), (fp - fm) / (2*h))
      if (k > 1) then
        if (k == 2) call ocost(3, x, fp, w + u)
        if (k == 2) call ocost(3, x, fm, w - u)
        if (k == 3) call ocost(3, x, fp, w + u, 2)
        if (k == 3) call ocost(3, x, fm, w - u, 2)
        call near('adjoint w', wb(i), (fp - fm) / (2*h))
      end if
    end do
    xd = (/0.4d0, -0.2d0, 0.9d0/)
    wd = (/0.1d0, 0.3d0, -0.5d0/)
    if (k == 1) call ocost_d(3, x, xd, f, fd)
    if (k == 2) call ocost_d(3, x, xd, f, fd, w, wd)
    if (k == 3) call ocost_d(3, x, xd, f, fd, w=w, wd=wd, mode=2)
    if (k == 1) call ocost(3, x + h*xd, fp)
    if (k == 1) call ocost(3, x - h*xd, fm)
    if (k == 2) call ocost(3, x + h*xd, fp, w + h*wd)
    if (k == 2) call ocost(3, x - h*xd, fm, w - h*wd)
    if (k == 3) call ocost(3, x + h*xd, fp, w + h*wd, 2)
    if (k == 3) call ocost(3, x - h*xd, fm, w - h*wd, 2)
    call near('tangent', fd, (fp - fm) / (2*h))
  end do
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
