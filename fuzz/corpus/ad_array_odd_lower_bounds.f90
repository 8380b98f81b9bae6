! stad: --head 'halo(q)/(u)' --set nx=5 --set olx=2
! Arrays with odd lower bounds: a halo-padded field u(1-olx:nx+olx), a rank-2 array with a
! zero and a negative lower bound, and stencil reads across the bounds.
subroutine halo(nx, olx, u, q)
  implicit none
  integer, intent(in) :: nx, olx
  real(8), intent(in) :: u(1-olx:nx+olx)
  real(8), intent(out) :: q(0:nx-1, -1:1)
  integer :: i, j
  do j = -1, 1
    do i = 0, nx - 1
      q(i, j) = u(i + j + 1) * u(i - 1 + 2) + 0.1d0 * dble(j) * u(1 - olx + i)
    end do
  end do
  q(0, -1) = q(0, -1) + u(nx + olx) * u(-1)
end subroutine halo
