! An assumed-shape dummy has ':' in every dimension.
subroutine s(a)
  real(8) :: a(:, 3)
  a(1, 1) = 0
end subroutine s
