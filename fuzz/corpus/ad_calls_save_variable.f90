! stad: --head 'saver(y)/(x)' --set n=4
! A callee with an active SAVE variable that carries state from one call to the next (reset
! by the first call of each head invocation): a checkpointed call must snapshot it.
subroutine acc(mode, a, r)
  implicit none
  integer, intent(in) :: mode
  real(8), intent(in) :: a
  real(8), intent(out) :: r
  real(8), save :: m
  if (mode == 0) then
    m = a
  else
    m = 0.5d0 * m + a * m
  end if
  r = m * m
end subroutine acc

subroutine saver(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: r
  integer :: i
  call acc(0, x(1), r)
  y = r
  do i = 2, n
    call acc(1, x(i), r)
    y = y + r
  end do
end subroutine saver
