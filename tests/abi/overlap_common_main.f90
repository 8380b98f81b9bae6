program main
  use hd_b_interface
  implicit none
  real(8) :: big(6), c(3), c0(3), cb(3), y, yb, yp, ym, h, fd, y0
  common /cb/ big
  integer :: i
  h = 1d-6
  big = (/0.3d0, 0.7d0, 1.1d0, -0.4d0, 0.9d0, 0.2d0/)
  ! the derivative of y with respect to big(1:3) passed as a, through gfortran's hd
  do i = 1, 3
    big = (/0.3d0, 0.7d0, 1.1d0, -0.4d0, 0.9d0, 0.2d0/)
    big(i) = big(i) + h
    call hd(big(1), yp)
    big = (/0.3d0, 0.7d0, 1.1d0, -0.4d0, 0.9d0, 0.2d0/)
    big(i) = big(i) - h
    call hd(big(1), ym)
    print *, 'fd', i, (yp - ym) / (2*h)
  end do
  big = (/0.3d0, 0.7d0, 1.1d0, -0.4d0, 0.9d0, 0.2d0/)
  cb = 0
  yb = 1
  call hd_b(big(1), cb, y0, yb)
  print *, 'adj', cb
  print *, 'OK'
end program
