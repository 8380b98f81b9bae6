! stad: --head 'compose(y)/(x)'
! Nested function calls f(g(x)), f(f(x)), g(f(x), g(x)), and a function calling another
! function.
module fns
  implicit none
contains
  real(8) function g(a)
    real(8), intent(in) :: a
    g = sqrt(a) + 0.3d0 * a
  end function g
  real(8) function f(a)
    real(8), intent(in) :: a
    f = a * exp(-0.5d0 * a)
  end function f
  real(8) function h(a, b)
    real(8), intent(in) :: a, b
    h = f(a) * g(b) + a
  end function h
end module fns

subroutine compose(x, y)
  use fns
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(3)
  y(1) = f(g(x(1)))
  y(2) = f(f(x(2))) * g(x(1) * x(2))
  y(3) = h(f(x(1)), g(x(2))) + h(x(2), h(x(1), x(2)))
end subroutine compose
