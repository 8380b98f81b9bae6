! ** with real exponents: a double base and exponent, an integer base with a real exponent,
! x**0.5 against sqrt, fractional and negative real exponents, an exponent from an expression.
program power_real_exponent
  implicit none
  real(8) :: x, p
  integer :: n

  x = 2.0d0
  print *, x**0.5d0, sqrt(x), x**1.5d0, x**(-0.5d0)
  n = 3
  print *, n**0.5d0, n**2.0d0, 10**(-1.5d0)
  p = 1.0d0 / 3.0d0
  print *, 27.0d0**p, 0.125d0**p, x**(p + p)
  x = 0.75d0
  print *, x**x, exp(x * log(x)), (1.0d0 + x)**(2.5d0 * x)
  print *, 2.0d0**3.0d0, 4.0d0**(-0.5d0), 1.0d0**1.0d10
end program power_real_exponent
