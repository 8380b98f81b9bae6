! stad: --head 'pragc(y)/(x)' --set n=3 --default-nocheckpoint
! !$AD CHECKPOINT before CALLs, run with --default-nocheckpoint so that the pragma, not the
! default, switches those sites on; a NOCHECKPOINT pragma nested below a checkpointed call.
subroutine inner(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: y(n)
  integer :: i
  do i = 1, n
    y(i) = y(i) + exp(-x(i) * y(i))
  end do
end subroutine inner

subroutine outer(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: y(n)
  real(8) :: z(n)
  integer :: i
  !$AD NOCHECKPOINT
  call inner(n, x, y)
  y(1) = y(1) * y(n)
  do i = 1, n
    z(i) = y(i)
  end do
  !$AD CHECKPOINT
  call inner(n, z, y)
end subroutine outer

subroutine pragc(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y(n)
  integer :: i
  do i = 1, n
    y(i) = x(i)
  end do
  !$AD CHECKPOINT
  call outer(n, x, y)
  call outer(n, x, y)
end subroutine pragc
