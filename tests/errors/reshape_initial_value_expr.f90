! Array initial values stad cannot fold: a RESHAPE whose SOURCE is not a constructor (SPREAD), an
! intrinsic call among the operations (SUM). One located error each, none at the uses.
module m
  implicit none
  real(8), parameter :: c(2) = [1d0, 2d0]
  real(8), parameter :: w(2, 2) = reshape(spread(c, 1, 2), [2, 2]) / 4d0
  real(8), parameter :: u(2, 2) = reshape([1d0, 2d0, 3d0, 4d0], [2, 2]) / c(1) + sum(c)
end module
program p
use m
print *, w, u
end program
