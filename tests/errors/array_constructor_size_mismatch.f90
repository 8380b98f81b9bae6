! An array constructor of 3 values cannot be assigned to an array of 4 elements.
subroutine s(a)
  real(8) a(4)
  a = [1d0, 2d0, 3d0]
end subroutine s
