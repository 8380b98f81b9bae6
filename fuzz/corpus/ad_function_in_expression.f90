! stad: --head 'useit(y)/(x)' --set n=4
! A user FUNCTION called inside expressions: twice in one expression, in a loop, in an IF
! condition and as an argument of an intrinsic.
real(8) function poly(a, b)
  implicit none
  real(8), intent(in) :: a, b
  poly = a * a * b + 0.5d0 * b
end function poly

subroutine useit(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8), external :: poly
  integer :: i
  y = poly(x(1), x(2)) * poly(x(2), x(1))
  do i = 1, n
    if (poly(x(i), 1.0d0) > 1.5d0) then
      y = y + sin(poly(x(i), y * 0.1d0))
    else
      y = y - x(i) * poly(0.5d0, x(i))
    end if
  end do
end subroutine useit
