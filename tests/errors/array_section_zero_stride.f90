! The stride of a section cannot be zero.
subroutine s(x)
  real(8) x(10)
  x(1:10:0) = 1
end subroutine s
