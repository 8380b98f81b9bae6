! A rank-2 array cannot be given a constructor (which has rank 1) as its initial value: the
! message says to give it through RESHAPE, which is supported there when its SHAPE is the
! array's extents (primal/reshape_initial_value); a SHAPE that is not is refused, located.
program p
  real(8), parameter :: g(2, 2) = [1d0, 2d0, 3d0, 4d0]
  real(8) :: b(2, 3) = reshape([1d0, 2d0, 3d0, 4d0, 5d0, 6d0], [3, 2])
  print *, g, b
end program p
