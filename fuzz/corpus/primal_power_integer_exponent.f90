! ** with integer exponents: positive, zero and negative exponents of reals, integer powers
! of integers (2**10, (-2)**3, negative exponents of integers give 0, 1 or -1), unary minus
! binds looser than ** (-2**2 is -4), ** is right-associative (2**3**2 is 2**9), and
! exponents held in variables.
program power_integer_exponent
  implicit none
  integer :: i, n, k
  real(8) :: x, y
  real :: r

  print *, 2**10, (-2)**3, (-2)**4, -2**2, 2**3**2, 3**0
  n = 10
  k = -1
  i = 2
  print *, i**n, (-i)**3, i**0, i**k, 1**k, (-1)**k, (-1)**(-2), i**(-3)
  x = 1.5d0
  print *, x**2, x**3, x**0, x**(-1), x**(-2), x**n, (-x)**3
  y = 0.1d0
  print *, y**2, y**5, 2.0d0**(-10), 10.0d0**(-3)
  print *, -x**2, (x + 1.0d0)**2 - 1.0d0, x**2**2
  k = 7
  print *, (1.0d0 + 1.0d0 / k)**k, 2.0d0**31
  ! a REAL (single precision) base
  r = 1.25
  print *, dble(r**3), dble(r**(-2))
end program power_integer_exponent
