! A checkpoint site inside a recursion (down calls itself, k levels deep): switching it on
! snapshots at every level, nested; the profile of the run with it off predicts the peak.
module rp
  implicit none
contains
  recursive subroutine down(k, n, x)
    integer, intent(in) :: k, n
    real(8), intent(inout) :: x(n)
    real(8) :: t(n)
    integer :: i
    do i = 1, n
      t(i) = sin(x(i))
      x(i) = x(i) * t(i) + 0.5d0
    end do
    if (k > 0) call down(k - 1, n, x)
    do i = 1, n
      x(i) = x(i) * cos(t(i))
    end do
  end subroutine
end module

subroutine cost(n, x, f)
  use rp
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  real(8), intent(out) :: f
  call down(6, n, x)
  f = sum(x * x)
end subroutine
