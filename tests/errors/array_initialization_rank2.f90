! A rank-2 array cannot be given a constructor (which has rank 1) as its initial value: that
! needs RESHAPE, which is not supported (a single value for every element is).
program p
  real(8), parameter :: g(2, 2) = [1d0, 2d0, 3d0, 4d0]
  print *, g
end program p
