! stad: --head 't(f)/(x)'
! SIGN with a constant magnitude and an active sign argument: its derivative is zero, and the
! tangent of every expression around it must still be built (negation, quotient, power).
subroutine t(x, f)
  implicit none
  real(8) x(3), f, c
  c = 0.3d0
  f = -sign(0.3d0, x(1)) + sign(c, x(2)) / 3 + 1 / sign(c, x(1)) + sign(c, x(2))**2
  f = f + x(3) * sign(c, x(3)) - sign(x(1), -x(2)) * x(2)
end subroutine t
