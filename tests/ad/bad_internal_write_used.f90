! stad: --head 'f(y)/(x)'
! Derivative code does no I/O, an internal WRITE included: the text it writes may be used only by
! I/O statements (here a comparison reads it, and a dummy is written, which the caller sees).
subroutine label(s, k)
  implicit none
  character(len=8) s
  integer k
  write(s, '(i8)') k
end subroutine label

subroutine f(x, y)
  implicit none
  real(8) x, y
  character(len=8) t, u
  write(t, '(a,i1)') 'mode', 2
  if (t == 'mode2') then
    y = x * x
  else
    y = x
  end if
  call label(u, 3)
  print *, u
end subroutine f
