! The last line has no newline.
subroutine nonl(x)
  real(8) :: x
  x = x + 1
end subroutine nonl