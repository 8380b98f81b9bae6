! stad: --head 'squares(x)/(x)' --set n=3
! A variable overwritten many times: x = x*x in a loop (the adjoint needs every old value),
! an element overwritten by a function of itself and its neighbour.
subroutine squares(n, x)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  integer :: k, i
  do k = 1, 3
    x(1) = x(1) * x(1)
    do i = 2, n
      x(i) = sqrt(x(i) * x(i - 1))
    end do
  end do
  x(n) = x(n) * x(n) + x(1)
end subroutine squares
