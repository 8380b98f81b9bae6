! stad: --head 'g(y)/(x, a)' --set x_size1=5 --set a_size1=3 --set a_size2=2
! The head itself has assumed-shape arguments: their extents are the hidden integer arguments
! after each (x, xb, x_size1), given to `stad check` with --set; a lower bound other than 1.
subroutine g(x, a, y)
  implicit none
  real(8), intent(in) :: x(:), a(0:, :)
  real(8), intent(out) :: y
  y = sum(sin(x) * x(size(x):1:-1)) + sum(a(0, :) * a(ubound(a, 1), :)) * lbound(a, 1) + size(a)
end subroutine g
