! stad: --head 'pragn(y)/(x)' --set n=4
! !$AD NOCHECKPOINT before some CALLs (in a loop and at the top level), while other sites
! keep the default checkpoint.
subroutine work(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(inout) :: y
  integer :: i
  do i = 1, n
    y = y * 0.8d0 + x(i) * cos(y)
  end do
end subroutine work

subroutine pragn(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  integer :: k
  y = x(1)
  do k = 1, 3
    !$AD NOCHECKPOINT
    call work(n, x, y)
  end do
  call work(n, x, y)
  !$AD NOCHECKPOINT
  call work(n, x, y)
end subroutine pragn
