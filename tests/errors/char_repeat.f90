! REPEAT's limits: a count known only at run time, more than 64 copies of a variable, a first
! argument that is not CHARACTER: one located error each, saying what to write.
subroutine r(n, s, u)
  integer, intent(in) :: n
  character(len=4), intent(in) :: s
  character(len=40), intent(out) :: u
  u = repeat(s, n)
  u = repeat(s, 65)
  u = repeat(3, 2)
end subroutine
