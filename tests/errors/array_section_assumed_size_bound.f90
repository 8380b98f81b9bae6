! A section of an assumed-size array needs the upper bound of its last dimension.
subroutine s(x, n)
  integer n
  real(8) x(*)
  x(2:) = 0
end subroutine s
