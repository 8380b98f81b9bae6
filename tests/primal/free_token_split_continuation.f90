! Free form: a token or a string split across a continuation whose next line starts with `&`
! (F2008 3.3.2.4) is joined with nothing between: a name (`co&` / `&s(x)`), a real constant
! (`6&` / `&.0d0`), an operator (`*&` / `&*2`), a string (`'hello &` / `&world'`), a
! subscript; a comment line between the two; a continuation without the leading `&` still ends
! the token; a `&` at the end of a comment continues nothing.
program free_token_split_continuation
  implicit none
  real(8) :: x(4), s
  character(len=20) :: msg
  integer :: count
  x = [1d0, 2d0, 3d0, 4d0]
  s = x(1) * 6&
  &.0d0 + co&
     ! a comment between
  &s(x(2)) + x(3)*&
       &*2 + x(4) &
       * 2
  msg = 'hello &
  &world'
  count = 0
  if (msg(7:11) == 'world') count = count + 1 ! not a continuation &
  s = s + len_trim(msg) + x(&
  &1) + 1.5&
     &e1
  print *, s, count, len_trim(msg), ichar(msg(6:6)), ichar(msg(7:7))
  ! a string continued without '&' first on the next line (an extension gfortran reads: the
  ! string goes on at the first non-blank; stad kept the blanks, s19 review)
  msg = 'x&
      y'
  print '(a)', trim(msg)
end program free_token_split_continuation
