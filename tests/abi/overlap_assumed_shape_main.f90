program main
  use ovgm
  use hd_b_interface
  implicit none
  real(8) :: cb(3), y0, yb, yp, ym, h, g0(4)
  interface
    subroutine hd(a, y)
      real(8), intent(inout) :: a(:)
      real(8), intent(out) :: y
    end subroutine
  end interface
  integer :: i
  h = 1d-6
  g0 = (/0.3d0, 0.7d0, 1.1d0, -0.4d0/)
  do i = 1, 3
    g = g0; g(i+1) = g(i+1) + h; call hd(g(2:4), yp)
    g = g0; g(i+1) = g(i+1) - h; call hd(g(2:4), ym)
    print *, 'fd', i, (yp - ym) / (2*h)
  end do
  g = g0; cb = 0; yb = 1
  call hd_b(g(2:4), cb, 3, y0, yb)
  print *, 'adj', cb
end program
