! stad: --head 'logic(y)/(x)' --set n=10
! Branches on compound conditions over active values: .AND. .OR. .NOT. .EQV. .NEQV. and
! both spellings of the relational operators, with a LOGICAL local carried across the loop.
subroutine logic(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  logical :: big, odd
  integer :: i
  y = 0
  big = .false.
  do i = 1, n
    odd = mod(i, 2) == 1
    if (x(i) .gt. 1.0d0 .and. .not. odd) then
      y = y + x(i)**2
    else if (x(i) < 0.7d0 .or. big) then
      y = y - sin(x(i)) * y
    end if
    if (big .neqv. (x(i) >= 1.2d0)) y = y * 1.01d0 + x(i)
    if (odd .eqv. big) y = y + 0.5d0 * x(i)
    big = x(i) .ge. 1.2d0
  end do
end subroutine logic
