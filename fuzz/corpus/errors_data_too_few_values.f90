! DATA must give exactly one value to each element.
subroutine s(y)
  real(8) :: y, a(3)
  data a /1d0, 2d0/
  y = a(1)
end subroutine s
