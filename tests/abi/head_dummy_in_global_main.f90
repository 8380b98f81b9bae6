! Differentiates hd at a copy of g(2:4) in a local array (checked against central differences
! of the model compiled by gfortran) and prints OK; with the argument `stop`, passes g(2) itself
! to hd_b, which must stop with its message and status 1.
program main
  use gm
  use hd_b_interface
  use hd_d_interface
  implicit none
  real(8) :: c(3), c0(3), cb(3), cd(3), cd0(3), y, yb, yd, yp, ym, h, fd
  character(len=8) :: arg
  integer :: i, bad
  bad = 0
  g = (/0.3d0, 0.7d0, 1.1d0, -0.4d0/)
  c0 = g(2:4)
  h = 1d-6
  if (command_argument_count() > 0) then
    call get_command_argument(1, arg)
    if (arg == 'stop') then
      cb = 0
      yb = 1
      call hd_b(g(2), cb, y, yb)
      print *, 'FAIL hd_b did not stop'
      stop
    end if
  end if
  c = c0
  cb = 0
  yb = 1
  call hd_b(c, cb, y, yb)
  do i = 1, 3
    c = c0
    c(i) = c(i) + h
    call hd(c, yp)
    c = c0
    c(i) = c(i) - h
    call hd(c, ym)
    fd = (yp - ym) / (2*h)
    if (abs(cb(i) - fd) > 1d-7 * max(1d0, abs(fd))) then
      print *, 'FAIL adjoint', i, cb(i), ' differences', fd
      bad = 1
    end if
  end do
  c = c0
  cd0 = (/0.3d0, -1.0d0, 0.7d0/)
  cd = cd0 ! a is INTENT(INOUT): hd_d leaves the derivative of its new value in cd
  call hd_d(c, cd, y, yd)
  if (abs(yd - dot_product(cb, cd0)) > 1d-12 * max(1d0, abs(yd))) then
    print *, 'FAIL dot product', yd, dot_product(cb, cd0)
    bad = 1
  end if
  if (bad == 0) print *, 'OK'
end program main
