subroutine f(x, y)
  real(8) :: x(2), y
  y = -sign(0.3d0, x(1))
end subroutine
