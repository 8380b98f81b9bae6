! A PARAMETER array cannot be assigned, as a whole, in a section or by element.
subroutine s(x)
  real(8) x
  real(8), parameter :: w(3) = [1d0, 2d0, 3d0]
  w(2) = x
  w(1:2) = x
end subroutine s
