! stad: --head 'root(y)/(x)'
! SQRT of active arguments, nested and in a norm.
subroutine root(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(2)
  y(1) = sqrt(x(1)**2 + x(2)**2 + x(3)**2)
  y(2) = sqrt(x(1) * sqrt(x(2))) / sqrt(x(3))
end subroutine root
