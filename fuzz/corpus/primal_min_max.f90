! MIN and MAX with 2, 3 and 5 arguments, of integers and of reals (REAL(8) and REAL), ties,
! negative values, arguments that are expressions, nested MIN/MAX (a clamp), and the specific
! names MAX0, MIN0, AMAX1, AMIN1, DMAX1, DMIN1.
program min_max
  implicit none
  integer :: i, j, k
  real(8) :: x, y, z
  real :: r, s

  i = 3
  j = -7
  k = 12
  print *, max(i, j), min(i, j), max(i, j, k), min(i, j, k)
  print *, max(i, j, k, -20, 5), min(4, i, k, -1, j + 1), max(-3, -3), min(i * 2, k / 2)
  print *, max0(i, j), min0(i, j, k), max0(1, 2, 3, 4, 5)

  x = 0.25d0
  y = -1.75d0
  z = 3.5d0
  print *, max(x, y), min(x, y), max(x, y, z), min(x, y, z)
  print *, max(x, y, z, -10.0d0, 2.0d0 * z), min(z, x * 4.0d0, 1.0d0, y + 1.0d0, 0.5d0)
  print *, dmax1(x, y), dmin1(x, y, z), dmax1(-1.0d0, -2.0d0, -0.5d0, -3.0d0, -0.75d0)

  ! clamp with nested calls
  do i = -1, 3
    x = 0.6d0 * i
    print *, max(0.0d0, min(1.0d0, x))
  end do

  r = 1.5
  s = -2.5
  print *, dble(max(r, s)), dble(min(r, s, 0.5)), dble(amax1(r, s, 2.25)), dble(amin1(r, s))
end program min_max
