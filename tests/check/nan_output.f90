! f is NaN at every input stad check draws: no derivative can be checked (run_check_nan.sh)
subroutine nanf(x, f)
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  f = sqrt(-x) + x
end subroutine
