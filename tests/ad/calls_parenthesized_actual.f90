! stad: --head 'h(y)/(x)'
! A parenthesized variable as an actual argument is a value (a copy), in every sweep
! (found by tests/gen).
subroutine sp(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = sin(b) * 2
  b = b + a * a
end subroutine sp

subroutine h(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  real(8) :: r, v(2)
  r = x(1)
  call sp((r), r)
  v = x
  call sp((v(2)), v(2))
  call sp((v(1) * r), v(1))
  y = r * v(1) + v(2)
end subroutine h
