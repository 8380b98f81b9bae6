! stad: --head 'inout(x)/(x)' --set n=5
! A callee that overwrites its own inputs in place, called twice on the same array; the head's
! single argument is both the independent and the dependent.
subroutine smooth(n, v)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: v(n)
  integer :: i
  do i = 2, n
    v(i) = 0.5d0 * (v(i) + v(i - 1) * v(i))
  end do
  v(1) = v(1) * v(n)
end subroutine smooth

subroutine inout(n, x)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  call smooth(n, x)
  x(2) = x(2) + x(1)**2
  call smooth(n, x)
end subroutine inout
