! stad: --head 'driver(y)/(x)'
! State carried in module variables: one callee writes them from the inputs, others read and
! update them in a loop, and the head reads the final state. Nothing active goes through the
! argument lists.
module state
  implicit none
  integer, parameter :: n = 4
  real(8) :: s(n), total
end module state

subroutine load(x)
  use state
  implicit none
  real(8), intent(in) :: x(n)
  integer :: i
  do i = 1, n
    s(i) = x(i)
  end do
  total = 0
end subroutine load

subroutine relax()
  use state
  implicit none
  integer :: i
  do i = 2, n
    s(i) = s(i) * 0.7d0 + 0.3d0 * sin(s(i - 1))
  end do
  total = total + s(n) * s(1)
end subroutine relax

subroutine driver(x, y)
  use state
  implicit none
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: k
  call load(x)
  do k = 1, 3
    call relax()
  end do
  y = total + s(2)**2
end subroutine driver
