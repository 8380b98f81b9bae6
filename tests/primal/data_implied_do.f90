! DATA with implied DO loops: one `(c(i), i = 1, 5)` with repeat counts, nested over a rank-2
! array `((a(i, j), i = 1, 2), j = 1, 3)`, a step and bounds from PARAMETERs, two arrays in one
! loop, an index expression, a zero-trip loop, mixed with plain objects and elements in one DATA
! statement, in a module and in a routine (SAVEd: the second call sees what the first changed).
module dmod
  implicit none
  integer, parameter :: n = 6
  real(8) :: w(n), z(2, n)
  integer :: i, j
  data (w(i), i = 1, n, 2) /3*1.5d0/, (w(i), i = 2, n, 2) /3*-0.5d0/
  data ((z(i, j), j = 1, n), i = 1, 2) /6*1d0, 6*2d0/
end module dmod

subroutine step(k, y)
  use dmod
  implicit none
  integer, intent(in) :: k
  real(8), intent(out) :: y
  real(8) :: c(5), a(2, 3), b(4), d(4), s, e(3), t
  integer :: m, l, ii
  parameter (m = 4)
  data (c(l), l = 1, 5) /2*1.5d0, 3*0.25d0/
  data ((a(l, ii), l = 1, 2), ii = 1, 3) /6*0.0d0/
  data s /10d0/, (b(l), d(m + 1 - l), l = 1, m) /1d0, 2d0, 3d0, 4d0, 5d0, 6d0, 7d0, 8d0/
  data (e(l), l = 3, 1), t /2d0/
  print *, k, c
  print *, a
  print *, b, d, s, t
  a(1, k) = a(1, k) + k
  s = s + sum(c) + sum(a)
  y = s + dot_product(b, d) + sum(w) + sum(z)
end subroutine step

program data_implied_do
  use dmod
  implicit none
  real(8) :: y
  print *, w
  print *, z
  call step(1, y)
  print *, y
  call step(2, y)
  print *, y
end program data_implied_do
