! ELSE outside any IF block.
subroutine pos(x)
  real(8), intent(inout) :: x
  x = abs(x)
  else
  x = 0.0d0
end subroutine pos
