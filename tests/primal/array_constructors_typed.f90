! Array constructors with a type-spec (F2003): `[real(8) :: 1, x]`, `(/ integer :: ... /)`,
! a named kind, DOUBLE PRECISION, INTEGER(8), REAL(4), LOGICAL, values converted as INT and
! REAL do (truncated toward zero), implied DO inside, a constructor nested in another, in
! PARAMETERs, initial values and expressions.
program array_constructors_typed
  implicit none
  integer, parameter :: dp = kind(1d0)
  real(8), parameter :: w(3) = [real(dp) :: 1, 2.5, 1 / 3.0d0]
  integer, parameter :: ks(4) = (/ integer :: 1.9d0, -1.9, 7, 2**3 /)
  real(8) :: a(4) = [double precision :: 1, 2, 3, 4]
  real(8) :: x(5)
  real :: r(3)
  integer(8) :: big(2)
  logical :: l(2)
  integer :: i
  x = [real(8) :: 1, 2.25, (i * 0.5d0, i = 1, 3)]
  print *, w, ks, a
  print *, x
  r = [real(4) :: 1d0 / 3d0, 2, -7.5d0]
  print *, r
  big = [integer(8) :: 2147483647, 3.99d0]
  big(2) = big(1) * big(2)
  print *, big
  l = [logical :: .true., x(1) > 2]
  print *, l
  print *, sum([integer :: x]), [real(dp) :: [integer :: 2.7, -3.2], 1.5]
end program array_constructors_typed
