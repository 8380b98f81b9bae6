! stad's `!$AD` directives (NOCHECKPOINT, CHECKPOINT, CHECKPOINT-START/END, BINOMIAL-CKP) in
! front of calls, around a fragment and before a time loop: in primal mode they are accepted
! and change nothing (gfortran sees plain comments).
module ad_pragmas_ignored_m
  implicit none
contains
  subroutine rhs(n, u, du)
    integer, intent(in) :: n
    real(8), intent(in) :: u(n)
    real(8), intent(out) :: du(n)
    integer :: i
    du(1) = -u(1)
    do i = 2, n
      du(i) = u(i - 1) - 1.5d0 * u(i)
    end do
  end subroutine rhs

  subroutine step(n, u, dt)
    integer, intent(in) :: n
    real(8), intent(inout) :: u(n)
    real(8), intent(in) :: dt
    real(8) :: du(n)
    integer :: i
    !$AD NOCHECKPOINT
    call rhs(n, u, du)
    do i = 1, n
      u(i) = u(i) + dt * du(i)
    end do
  end subroutine step
end module ad_pragmas_ignored_m

program ad_pragmas_ignored
  use ad_pragmas_ignored_m
  implicit none
  integer, parameter :: n = 4
  real(8) :: u(n), cost
  integer :: t, i

  do i = 1, n
    u(i) = 1.0d0 / i
  end do
  !$AD BINOMIAL-CKP 20 4 1
  do t = 1, 20
    !$AD CHECKPOINT
    call step(n, u, 0.05d0)
  end do
  !$AD CHECKPOINT-START
  cost = 0.0d0
  do i = 1, n
    cost = cost + u(i)**2
  end do
  !$AD CHECKPOINT-END
  !$ad nocheckpoint
  call step(n, u, 0.1d0)
  print *, cost
  print *, u(1), u(2), u(3), u(4)
end program ad_pragmas_ignored
