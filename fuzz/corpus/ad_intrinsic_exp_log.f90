! stad: --head 'explog(y)/(x)'
! EXP, LOG and LOG10 of active arguments (all arguments of LOG stay positive).
subroutine explog(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  y(1) = exp(x(1)) * log(x(2))
  y(2) = log10(x(3) * x(1)) + exp(-x(2) * x(3))
  y(3) = log(exp(x(1)) + log10(1.0d0 + x(3)))
end subroutine explog
