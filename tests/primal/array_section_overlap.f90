! Fortran evaluates the right-hand side before it assigns any element, also when sections of
! the array assigned overlap on both sides: shifts up and down (one loop direction is right),
! a stencil reading both neighbours (a temporary), a reversal, a transpose in place, offsets
! known only at run time, strided overlaps and a rank-2 shift along both dimensions.
program array_section_overlap
  implicit none
  integer, parameter :: n = 8
  real(8) :: a(n), q(5, 5), s(4, 4)
  integer :: i, j, lo, hi
  do i = 1, n
    a(i) = i * i
  end do
  a(2:n) = a(1:n-1)
  print *, a
  a(1:n-1) = a(2:n) + 1
  print *, a
  a(2:n-1) = a(1:n-2) + a(3:n)
  print *, a
  a(n:1:-1) = a
  print *, a
  a(1:n:2) = a(2:n:2)
  print *, a
  a(3:n) = a(1:n-2) * 0.5d0 + a(3:n)
  print *, a
  lo = 2
  hi = 5
  a(lo:hi) = a(lo+1:hi+1) - a(1)
  a(lo+2:hi+2) = a(lo:hi)
  print *, a
  do j = 1, 5
    do i = 1, 5
      q(i, j) = i + 10 * j
    end do
  end do
  q(2:5, 2:5) = q(1:4, 1:4)
  print *, q
  q(1:4, :) = q(2:5, :) * 2
  print *, q
  q(:, 1) = q(1, :)
  print *, q
  do j = 1, 4
    do i = 1, 4
      s(i, j) = i - 2 * j
    end do
  end do
  s = transpose(s) + s
  print *, s
end program array_section_overlap
