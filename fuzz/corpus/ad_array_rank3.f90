! stad: --head 'cube(s)/(a)' --set nx=3 --set ny=2 --set nz=2
! A rank-3 array (one bound not starting at 1) read by a triple loop nest, and a local
! rank-3 array written and read back in another order.
subroutine cube(nx, ny, nz, a, s)
  implicit none
  integer, intent(in) :: nx, ny, nz
  real(8), intent(in) :: a(nx, 0:ny-1, nz)
  real(8), intent(out) :: s(nz)
  real(8) :: t(nz, ny, nx)
  integer :: i, j, k
  do k = 1, nz
    do j = 0, ny - 1
      do i = 1, nx
        t(k, j + 1, i) = a(i, j, k) * a(nx + 1 - i, ny - 1 - j, k)
      end do
    end do
  end do
  do k = 1, nz
    s(k) = 0
    do i = 1, nx
      do j = 1, ny
        s(k) = s(k) + sin(t(k, j, i)) * a(i, j - 1, nz + 1 - k)
      end do
    end do
  end do
end subroutine cube
