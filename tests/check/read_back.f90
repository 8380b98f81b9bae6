! A file the routine writes and reads back: derivative code, which drops the WRITE, must refuse
! the READ at run time (it would read the file as it was, not what the primal wrote).
subroutine f(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: a, b
  open(10, file='read_back.dat', status='old')
  read(10, *) a
  rewind(10)
  write(10, *) 2 * a
  rewind(10)
  read(10, *) b
  close(10)
  y = x * b
end subroutine
