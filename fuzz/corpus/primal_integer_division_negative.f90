! Integer division truncates toward zero: -7/2, 7/(-2), (-7)/(-2), with literals and with
! variables; unary minus binds looser than / (so -7/2 is -(7/2)); left-to-right evaluation of
! a chain of * and /; integer division inside a real expression.
program integer_division_negative
  implicit none
  integer :: a, b, c
  real(8) :: x

  print *, -7 / 2, 7 / (-2), (-7) / (-2), 7 / 2
  a = -7
  b = 2
  print *, a / b, -a / b, a / (-b), (-a) / (-b)
  print *, a / 8, 1 / b, -1 / b, 0 / a
  c = -9
  print *, c / 4 * 4, c / 4 * 4 + mod(c, 4), 4 * c / 4, c * 4 / 3 / 2
  ! integer division inside a real expression stays integer
  x = 2.5d0 + 7 / 2
  print *, x
  x = 2.5d0 + 7 / 2.0d0
  print *, x
  x = a / b * 1.5d0
  print *, x
  x = 1.5d0 * a / b
  print *, x
end program integer_division_negative
