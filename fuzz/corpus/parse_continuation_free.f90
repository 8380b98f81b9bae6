! Free-form continuation: trailing & with a comment after it, an optional leading & on the
! next line, comment and blank lines inside a continued statement, a continued string.
subroutine cont(a, b, c)
  real(8) :: a, b, c
  a = b + &   ! a comment after the ampersand
      c
  b = a * &

      ! a comment line inside the statement
      & c
  c = &
    & a &
    & - b
  print *, 'a string that is &
           &continued', "and ""quoted"""
end subroutine cont
