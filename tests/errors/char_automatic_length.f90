! A CHARACTER local whose length is not a constant (automatic) is refused.
subroutine fill(n, x)
  integer, intent(in) :: n
  real(8) :: x
  character(len=n) :: buf
  buf = 'abc'
  x = len_trim(buf)
end subroutine fill
