! stad: --head 'region(y)/(x)' --set n=4
! !$AD CHECKPOINT-START ... !$AD CHECKPOINT-END around a code fragment (a loop with a call)
! in the middle of the head.
subroutine bump(a, y)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: y
  y = y + sin(a * y)
end subroutine bump

subroutine region(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: t
  integer :: i
  y = x(1)
  t = x(2) * x(3)
  !$AD CHECKPOINT-START
  do i = 1, n
    t = t * 0.9d0 + x(i) * y
    call bump(t, y)
  end do
  y = y * t
  !$AD CHECKPOINT-END
  y = y + t**2
end subroutine region
