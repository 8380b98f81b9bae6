! REAL (single precision) arithmetic: the computation stays in single precision (sums, products,
! a running loop) and is only printed after DBLE, so both programs print the same 17 digits.
! FLOAT and SNGL, and a single-precision function result.
program single_precision
  implicit none
  real :: a, b, s, t
  real(8) :: d
  integer :: i
  real, external :: half_sq

  a = 1.0 / 3.0
  b = 2.0 / 3.0
  print *, dble(a), dble(b), dble(a + b), dble(a * b)

  s = 0.0
  do i = 1, 10
    s = s + 0.1
  end do
  print *, dble(s)

  t = 1.0
  do i = 1, 20
    t = t * 1.1
  end do
  print *, dble(t)

  d = 1.0d0 / 3.0d0
  a = sngl(d)
  b = float(7) / 8.0
  print *, dble(a), dble(b), d - a

  print *, dble(half_sq(a)), dble(half_sq(3.0))
end program single_precision

real function half_sq(x)
  implicit none
  real, intent(in) :: x
  half_sq = 0.5 * x * x
end function half_sq
