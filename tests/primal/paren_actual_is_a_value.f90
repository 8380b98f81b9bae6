! A parenthesized variable as an actual argument is a value: `call sp((r), r)` passes a copy
! of r, so writing the second dummy does not change the first (found by tests/gen).
subroutine sp(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = 1.0d0
  b = b + a
end subroutine sp

program p
  implicit none
  real(8) :: r, v(3)
  r = 5
  call sp((r), r)
  print *, r
  v(1) = 1
  v(2) = 2
  v(3) = 3
  call sp((v(2)), v(2))
  print *, v(1), v(2), v(3)
end program p
