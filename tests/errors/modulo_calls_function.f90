! MODULO is written as MOD and MERGE, which read each argument three times: a scalar argument
! that calls a function is computed first, an array one is refused, located, with the way around.
subroutine modulo_calls_function(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  y(1) = modulo(g(x), 1.5d0)
  y = modulo(x + g(x), 1.5d0)
contains
  real(8) function g(t)
    real(8), intent(in) :: t(3)
    g = 2 * sum(t)
  end function
end subroutine modulo_calls_function
