! stad: --head 'head(y,f)/(x,s)' --set n=6
! A CHECKPOINT-START region after the routine redefined the extent of its adjustable array: the
! region (a routine of its own) still sees the shape the routine was entered with, so v(2, 2) is
! element 5 of the actual array (found by tests/gen).
subroutine sb(m, v, s)
  implicit none
  integer, intent(inout) :: m
  real(8), intent(in) :: v(m, 2)
  real(8), intent(inout) :: s
  m = 1
  !$AD CHECKPOINT-START
  s = s + v(2, 2)**2 + v(1, 2) * v(3, 1)
  !$AD CHECKPOINT-END
  s = s * v(2, 1)
end subroutine sb

subroutine head(n, x, s, y, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(in) :: s
  real(8), intent(out) :: y(n)
  real(8), intent(out) :: f
  integer :: m
  y = x * s
  f = s
  m = 3
  call sb(m, x, f)
  y(1) = f * m
end subroutine head
