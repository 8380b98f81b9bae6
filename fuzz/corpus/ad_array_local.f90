! stad: --head 'localarr(y)/(x)' --set n=5
! Local arrays holding active intermediates: one with constant size, one sized by an
! argument, written in one loop and read backwards in another.
subroutine localarr(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: c(3), w(n)
  integer :: i
  c(1) = x(1)
  c(2) = x(2) * x(1)
  c(3) = c(2) + x(n)
  do i = 1, n
    w(i) = x(i) * c(mod(i, 3) + 1)
  end do
  y = 0
  do i = n, 1, -1
    y = y * 0.5d0 + w(i)**2
  end do
end subroutine localarr
