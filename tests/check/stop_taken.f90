! A STOP or ERROR STOP taken inside the call tree of the head: the derivative code ends the program
! as the primal does, with its message and exit status; GNU's CALL EXIT(status) with the status
! alone. K picks the statement (0: none).
! Used by run_check_stop.sh (not an ad/ kernel: a run that stops has no derivative to check).
subroutine pick(k, y)
  implicit none
  integer, intent(in) :: k
  real(8), intent(inout) :: y
  y = 2.0d0 * y
  if (k == 1) stop 'x'
  if (k == 2) stop 3
  if (k == 3) error stop
  if (k == 4) error stop 5
  if (k == 5) call exit(k + 1)
  if (k == 6) call exit()
end subroutine pick

subroutine head(k, x, y)
  implicit none
  integer, intent(in) :: k
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x * x
  call pick(k, y)
  y = y + x
end subroutine head
