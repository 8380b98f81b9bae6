! MOD with negative arguments: the result takes the sign of the first argument (like C's %
! and fmod), for integers, REAL(8) and REAL, with the specific names DMOD and AMOD.
program mod_negative
  implicit none
  integer :: i, j
  real(8) :: x, y
  real :: r, s

  print *, mod(7, 3), mod(-7, 3), mod(7, -3), mod(-7, -3), mod(6, 3), mod(-6, 3)
  i = -17
  j = 5
  print *, mod(i, j), mod(-i, j), mod(i, -j), mod(j, i)

  x = -7.5d0
  y = 2.0d0
  print *, mod(x, y), mod(-x, y), mod(x, -y), mod(-x, -y)
  print *, mod(5.25d0, 0.5d0), mod(-1.0d0, 3.0d0), dmod(-8.75d0, 2.5d0), dmod(8.75d0, -2.5d0)

  r = -7.5
  s = 2.0
  print *, dble(mod(r, s)), dble(amod(-r, s)), dble(amod(r, -3.5))
end program mod_negative
