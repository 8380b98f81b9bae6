! stad: --head 'backward(y)/(x)' --set n=7
! DO with negative steps: a backward recurrence (step -1) and a step of -2 that does not land
! on its lower bound.
subroutine backward(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y(n)
  integer :: i
  y(n) = x(n)
  do i = n - 1, 1, -1
    y(i) = 0.5d0 * y(i + 1) * x(i) + x(i)**2
  end do
  do i = n, 2, -2
    y(i) = y(i) + sin(y(i - 1))
  end do
end subroutine backward
