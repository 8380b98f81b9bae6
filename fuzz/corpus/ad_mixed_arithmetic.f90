! stad: --head 'mixedarith(y)/(x)' --set n=5
! Integer and real operands in one active expression: integer factors, integer division
! (truncating) inside a real expression, the DO variable converted to real.
subroutine mixedarith(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i
  y = 0
  do i = 1, n
    y = y + x(i) * (i / 2) + x(i)**2 / i + dble(i * i) * 0.01d0 * x(n - i + 1)
  end do
  y = y * (n + 1) / 3
end subroutine mixedarith
