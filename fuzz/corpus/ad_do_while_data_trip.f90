! stad: --head 'decay(y)/(x)'
! DO WHILE with an active body whose trip count depends on the data: halve a product until
! it falls under a threshold, counting the steps, then grow with a second loop.
subroutine decay(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(2)
  real(8) :: r
  integer :: k
  r = 40.0d0 * x(1) * x(2)
  k = 0
  do while (r > 0.3d0)
    r = 0.5d0 * r + 0.01d0 * sin(r)
    k = k + 1
  end do
  y(1) = r * dble(k)
  y(2) = x(2)
  do while (y(2) < 5.0d0 * x(1))
    y(2) = y(2) * 1.3d0 + 0.1d0 * x(1)
  end do
end subroutine decay
