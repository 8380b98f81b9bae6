! GO TO (spelled in two words here) is outside the subset.
subroutine jump(x)
  real(8), intent(inout) :: x
  if (x > 0.0d0) go to 20
  x = -x
20 continue
end subroutine jump
