! Literal constants: integers, reals with and without a point, E and D exponents in both cases,
! signed exponents, a leading or trailing point, the _8 kind suffix, a real(8) literal with
! more digits than a single could hold, and logical literals.
program literal_forms
  implicit none
  real(8) :: a, b, c, d, e, f
  logical :: t, u

  a = 1.5d0
  b = 2.5D+2
  c = 1d-3
  d = .5d0
  e = 5.d0
  f = 3.141592653589793238d0
  print *, a, b, c, d, e, f
  a = 1.5_8
  b = 2.5e3_8
  c = 6.02214076d23
  d = 1.602176634D-19
  e = 1.0E+2               ! single precision, exact
  f = 0.3e0                ! single precision, not exact
  print *, a, b, c, d, e, f
  a = 7
  b = -0.0625d0
  print *, a, b, 123456, -42
  t = .true.
  u = .false.
  print *, t, u, .true., .FALSE.
end program literal_forms
