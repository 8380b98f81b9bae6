! CRLF line endings, as written on Windows.
subroutine crlf(x, y)
  real(8) :: x, y
  y = 2 * x + &
    & 1
end subroutine crlf
