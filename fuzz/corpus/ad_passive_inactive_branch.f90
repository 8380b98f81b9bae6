! stad: --head 'inactive(y)/(x)' --set n=6
! An inactive branch (depends only on passive values), a passive accumulation next to an
! active one, and an active variable overwritten by a constant (its derivative must die).
subroutine inactive(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y(2)
  real(8) :: p, t
  integer :: i
  p = 1
  y(1) = 0
  do i = 1, n
    p = p * 1.1d0
    if (p > 1.3d0) then
      y(1) = y(1) + p * x(i)**2
    else
      y(1) = y(1) - p
    end if
  end do
  t = x(1) * x(2)
  y(2) = t
  t = 2.0d0
  y(2) = y(2) * t + p
end subroutine inactive
