! stad: --head 'hop(y)/(x)' --set n=5
! An integer index overwritten in every iteration and used as a subscript in active
! statements: the adjoint needs each iteration's value.
subroutine hop(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: i, k
  k = 1
  y = 1
  do i = 1, 2 * n
    k = mod(3 * k + i, n) + 1
    y = y * (0.8d0 + 0.2d0 * x(k)) + 0.05d0 * x(k)**2
  end do
end subroutine hop
