! A COMMON block's member declared a(4) in one routine and b(0:3) or c(2, 2) in others: the
! same storage seen with other bounds (each routine's subscripts linearized with its own).
program common_other_bounds
  implicit none
  real(8) x, a(4)
  common /blk/ a
  a = [1d0, 2d0, 3d0, 4d0]
  call one(x)
  print *, x
  call two(x)
  print *, x
  call three(x)
  print *, x, a
end program common_other_bounds

subroutine one(x)
  real(8) x, a(4)
  common /blk/ a
  x = a(1) + 10 * a(4)
end subroutine one

subroutine two(x)
  real(8) x, b(0:3)
  common /blk/ b
  x = b(0) + 10 * b(3)
  b(1) = -b(2)
end subroutine two

subroutine three(x)
  real(8) x, c(2, 2)
  common /blk/ c
  x = c(1, 1) + 10 * c(2, 2) + 100 * c(2, 1)
  c(1, 2) = x
end subroutine three
