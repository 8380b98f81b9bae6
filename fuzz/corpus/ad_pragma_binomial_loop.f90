! stad: --head 'timeloop(u)/(u)' --set n=3 --set nt=6
! !$AD BINOMIAL-CKP before a time-stepping DO loop: the loop is reversed with a binomial
! schedule (nt steps, 2 snapshots, first step 1); the step call inside stays a toggle site.
subroutine tstep(n, u)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  integer :: i
  do i = 1, n
    u(i) = u(i) + 0.1d0 * sin(u(mod(i, n) + 1)) * u(i)
  end do
end subroutine tstep

subroutine timeloop(n, nt, u)
  implicit none
  integer, intent(in) :: n, nt
  real(8), intent(inout) :: u(n)
  integer :: t
  !$AD BINOMIAL-CKP nt 2 1
  do t = 1, nt
    call tstep(n, u)
  end do
end subroutine timeloop
