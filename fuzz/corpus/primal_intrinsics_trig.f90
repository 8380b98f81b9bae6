! Trigonometric intrinsics on REAL(8): SIN COS TAN ASIN ACOS ATAN ATAN2 (all four quadrants and
! the axes), their specific names DSIN DCOS DTAN DASIN DACOS DATAN DATAN2, identities computed
! from them, and the generic names on a REAL argument (at a value where single-precision libm
! results are correctly rounded).
program intrinsics_trig
  implicit none
  real(8) :: x, y, pi
  real :: r
  integer :: i

  pi = 4.0d0 * atan(1.0d0)
  print *, pi
  do i = -2, 3
    x = 0.4d0 * i + 0.1d0
    print *, x, sin(x), cos(x), tan(x)
  end do
  x = 0.3d0
  print *, asin(x), acos(x), atan(x), asin(-1.0d0), acos(-1.0d0), atan(-20.0d0)
  print *, dsin(x), dcos(x), dtan(x), dasin(-x), dacos(-x), datan(5.0d0 * x)
  print *, sin(x)**2 + cos(x)**2, sin(asin(0.7d0)), tan(x) - sin(x) / cos(x) + 1.0d0

  ! ATAN2(y, x) around the circle
  do i = 0, 7
    y = sin(0.25d0 * pi * i + 0.1d0)
    x = cos(0.25d0 * pi * i + 0.1d0)
    print *, i, atan2(y, x), datan2(3.0d0 * y, 3.0d0 * x)
  end do
  print *, atan2(1.0d0, 0.0d0), atan2(0.0d0, 1.0d0), atan2(0.0d0, -2.0d0), atan2(-1.0d0, 0.0d0)

  r = 0.5
  print *, dble(sin(r)), dble(cos(r)), dble(atan(r))
end program intrinsics_trig
