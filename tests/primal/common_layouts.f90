! COMMON blocks laid out differently in different routines (storage association by offset):
! /work/ is a(100) here, b(50), c(50) there and x(10, 10) elsewhere; /pre/ is declared in full
! by one routine and as a prefix by another; /mix/ holds INTEGER and REAL(8) members split
! differently but each position keeps its type; /zb/ is seen with lower bound 0 and as 2-D;
! a whole member is passed to an explicit-shape dummy (sequence association); blank COMMON is
! s1, s2(3) in one routine and t(2, 2) in another.
program common_layouts
  implicit none
  real(8) a(100)
  common /work/ a
  integer i
  real(8) s
  do i = 1, 100
    a(i) = 0.01d0 * i
  end do
  call halves()
  print *, a(1), a(50), a(51), a(60), a(100)
  call square(s)
  print *, s, a(12), a(23), a(100)
  call prefix_full()
  call prefix_part()
  call prefix_full()
  call mixed_one()
  call mixed_two()
  call mixed_one()
  call zero_based()
  call two_d()
  call zero_based()
  call pass_whole()
  print *, a(51), a(52), a(53)
  call blank_a()
  call blank_b()
  call blank_a()
end program common_layouts

subroutine blank_a()
  implicit none
  real(8) s1, s2(3)
  common s1, s2
  s1 = s1 + 1
  s2(3) = s2(3) + 2 * s1
  print *, s1, s2
end subroutine blank_a

subroutine blank_b()
  implicit none
  real(8) t(2, 2)
  common t
  t(2, 1) = t(1, 1) * 3 + t(2, 2)
end subroutine blank_b

subroutine halves()
  implicit none
  real(8) b(50), c(50)
  common /work/ b, c
  integer i
  do i = 1, 50
    c(i) = c(i) + b(i) * 2d0
  end do
  c(10) = -1.5d0
end subroutine halves

subroutine square(s)
  implicit none
  real(8) s
  real(8) x(10, 10)
  common /work/ x
  integer i, j
  s = 0
  do j = 1, 10
    do i = 1, 10
      s = s + x(i, j) * i
    end do
  end do
  x(2, 2) = s
  x(3, 3) = x(10, 6)
end subroutine square

subroutine prefix_full()
  implicit none
  integer n
  real(8) p, q(3)
  common /pre/ n, p, q
  n = n + 1
  p = p + 0.5d0 * n
  q(n) = p
  print *, n, p, q
end subroutine prefix_full

subroutine prefix_part()
  implicit none
  integer n
  common /pre/ n
  n = n + 10 - 10
end subroutine prefix_part

subroutine mixed_one()
  implicit none
  integer n, m
  real(8) x(4)
  common /mix/ n, m, x
  n = n + 1
  m = m + 2
  x(n) = x(n) + m
  print *, n, m, x
end subroutine mixed_one

subroutine mixed_two()
  implicit none
  integer iv(2)
  real(8) y(2), z(2)
  common /mix/ iv, y, z
  iv(1) = iv(1) + 1
  y(1) = y(1) + iv(2)
  z(2) = y(2) - z(1)
end subroutine mixed_two

subroutine zero_based()
  implicit none
  real(8) b(0:5)
  common /zb/ b
  integer i
  do i = 0, 5
    b(i) = b(i) + i
  end do
  print *, b
end subroutine zero_based

subroutine two_d()
  implicit none
  real(8) g(2, 3)
  common /zb/ g
  g(2, 1) = g(1, 3) * 10
  g(1, 2) = g(2, 3) - g(2, 1)
end subroutine two_d

subroutine pass_whole()
  implicit none
  real(8) b(50), c(50)
  common /work/ b, c
  call triple(c, 3)
end subroutine pass_whole

subroutine triple(v, n)
  implicit none
  integer n
  real(8) v(n)
  integer i
  do i = 1, n
    v(i) = 3 * v(i)
  end do
end subroutine triple
