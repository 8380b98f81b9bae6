! A FORMAT statement, and the WRITE that uses it: both are refused, each at its own line.
subroutine show(x)
  real(8), intent(in) :: x
  write(*, 100) x
100 format(f10.4)
end subroutine show
