! Indirect recursion (ping calls pong calls ping) without RECURSIVE is refused: each procedure of
! the cycle is named, with the prefix to add.
subroutine ping(x, n)
  real(8), intent(inout) :: x
  integer, intent(in) :: n
  x = 0.5d0 * x
  if (n > 0) call pong(x, n - 1)
end subroutine ping
subroutine pong(x, n)
  real(8), intent(inout) :: x
  integer, intent(in) :: n
  if (n > 0) call ping(x, n - 1)
end subroutine pong
