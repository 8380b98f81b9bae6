! stad: --head 'top(f)/(x)'
! One array given to two read-only dummies of a call inside a CHECKPOINT-START region: the
! region becomes a routine of its own whose dummies no call site describes, and the callee's
! derivative dummies (both written by the adjoint) must not be `restrict` (a campaign program
! miscompiled at -O2 when they were).
module shr
contains
  subroutine acc(v, a, b)
    real(8), intent(inout) :: v(4)
    real(8), intent(in) :: a(4), b(4)
    integer :: i
    do i = 1, 4
      v(i) = v(i) + a(i) * b(5 - i)
    end do
  end subroutine acc
end module shr

subroutine top(x, f)
  use shr
  real(8), intent(in) :: x(4)
  real(8), intent(out) :: f
  real(8) :: v(4)
  v = 1
  !$AD CHECKPOINT-START
  call acc(v, x, x)
  !$AD CHECKPOINT-END
  f = sum(v * v)
end subroutine top
