! stad: --head 'optn(y)/(x)' --nocheckpoint 'stepa'
! --nocheckpoint on the command line switches off every call of one routine (stepa), the
! other routine's calls keep their checkpoints.
subroutine stepa(a, y)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: y
  y = y * cos(a * y)
end subroutine stepa

subroutine stepb(a, y)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: y
  y = y + a * y * y
end subroutine stepb

subroutine optn(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  integer :: i
  y = x(1)
  do i = 1, 3
    call stepa(x(2), y)
    call stepb(x(1), y)
  end do
  call stepa(x(1), y)
end subroutine optn
