! Two statements with one label.
subroutine twice(x)
  real(8), intent(inout) :: x
10 x = x + 1.0d0
  if (x < 5.0d0) goto 10
10 continue
end subroutine twice
