! stad: --head 'head(y)/(x)' --set n=5
! STOP and ERROR STOP in routines the head reaches, none taken at these inputs: in the head, in a
! callee called in a loop (a call site, checkpointed or not: its recomputation goes through the
! same tests), in a guard routine, in a BINOMIAL-CKP loop (its steps rerun from snapshots) and in
! a CHECKPOINT-START region, with a string and an integer code. The derivative code keeps
! each STOP where the primal has it (tangent, forward sweep, recomputations) and the derivatives
! are those of the run that does not stop. tests/check/run_check_stop.sh takes them.
subroutine step(a, b)
  implicit none
  real(8), intent(inout) :: a
  real(8), intent(in) :: b
  a = a * b + sin(a)
  if (a > 1.0d6) stop 'overflow in step'
  if (a /= a) error stop 5
end subroutine step

subroutine guard(a)
  implicit none
  real(8), intent(in) :: a
  if (a < -1.0d6) error stop 'input out of range'
  if (a > 1.0d9) stop 3
end subroutine guard

subroutine head(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: s
  integer :: i
  s = 0.5d0
  !$AD BINOMIAL-CKP 5 2 1
  do i = 1, n
    call guard(x(i))
    call step(s, x(i))
    if (s < -1.0d8) then
      error stop
    end if
  end do
  !$AD CHECKPOINT-START
  y = s * s
  if (y > 1.0d12) stop
  !$AD CHECKPOINT-END
end subroutine head
