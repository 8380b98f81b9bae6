! Implicit typing without IMPLICIT NONE: names starting with I..N are INTEGER, all others
! REAL (single precision), in the main program, in a subroutine's dummies and locals and for
! a function's result; explicit declarations override the rule for some names.
program implicit_typing
  double precision xd
  integer total
  n = 7
  k = n / 2
  x = n / 2.0
  y = 1.0 / 3.0
  xd = 1.0d0 / 3.0d0
  amount = k * x
  total = 0
  do m = 1, n
    total = total + m
  end do
  print *, n, k, total, m
  print *, dble(x), dble(y), xd, dble(amount)
  call halve(x, j)
  print *, dble(x), j
  z = fun(2.5)
  print *, dble(z), fun(3.0) > 5.0
  r = kount(3.7)
  print *, kount(-3.7), dble(r)
end program implicit_typing

subroutine halve(v, iv)
  v = v / 2.0
  iv = int(v * 10.0)
end subroutine halve

function fun(a)
  fun = a * a - 1.0
end function fun

function kount(a)
  kount = nint(a) + 1
end function kount
