! stad: --head 'iterate(y)/(x)'
! A call inside a DO WHILE whose trip count depends on the active state the call updates.
subroutine damp(a, y)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: y
  y = y * (0.6d0 + 0.1d0 * a) + 0.01d0 * sin(y)
end subroutine damp

subroutine iterate(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  integer :: k
  y = 10.0d0 * x(1)
  k = 0
  do while (y > 0.5d0 .and. k < 50)
    call damp(x(2), y)
    k = k + 1
  end do
  y = y * dble(k)
end subroutine iterate
