! INTEGER(8) as in C's int64_t: integer(8), integer(kind=8), integer*8 declarations, 2_8
! literals beyond INTEGER(4)'s range, mixed INTEGER(4)/INTEGER(8) arithmetic (the wider kind
! wins), INT(x, 8) and NINT(x, kind=8), ABS/MOD/MAX/MIN/SIGN/** on INTEGER(8), INTEGER(8) loop
! indices (with steps, negative steps and bounds past 2**31) and array extents, INTEGER(8)
! dummies, function results and module variables, and conversion back to INTEGER(4).
module kinds_integer8_m
  implicit none
  integer(8) :: counter = 0
  integer(kind=8), parameter :: big = 3000000000_8
contains
  integer(8) function triangle(n)
    integer(8), intent(in) :: n
    integer(8) :: k
    triangle = 0
    do k = 1, n
      triangle = triangle + k
    end do
    counter = counter + 1
  end function triangle
end module kinds_integer8_m

program kinds_integer8
  use kinds_integer8_m
  implicit none
  integer*8 :: i, n, s, p
  integer :: j, m
  real(8), external :: sum_extent
  integer(8), parameter :: lo = 2147483640_8
  real(8) :: a(6), x
  n = 6_8
  do i = 1, n
    a(i) = 0.5d0 * i
  end do
  s = 0
  do i = lo, lo + 20_8, 3
    s = s + i
  end do
  print *, s, triangle(n), triangle(100000_8)
  print *, counter
  m = 7
  p = m * big + 5           ! INTEGER(4) * INTEGER(8): computed in INTEGER(8)
  j = int(p / big)          ! back to INTEGER(4)
  print *, p, j, big * 4, -big, 2_8**40, (-3_8)**3, 10_8**(-1)
  x = 2.6d0
  print *, int(x, 8), nint(x, kind=8), nint(-x, 8), int(x * 1.0d9, 8) * 10
  print *, abs(-big), mod(big, 7_8), mod(-big, 1000_8), max(big, 5_8, p), min(big, 5_8), sign(big, -1_8)
  print *, sum_extent(n, a), a(n), huge(n), huge(m)
  do i = n, 1, -2
    a(i) = a(i) * 2
  end do
  print *, a(1), a(2), a(5), a(6), real(i, 8) + 0.5d0
end program kinds_integer8

real(8) function sum_extent(n, v)
  implicit none
  integer(8), intent(in) :: n
  real(8), intent(in) :: v(n)
  integer(8) :: k
  sum_extent = 0
  do k = n, 1, -1
    sum_extent = sum_extent + v(k) * k
  end do
end function sum_extent
