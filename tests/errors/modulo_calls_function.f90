! MODULO is written as MOD and MERGE, which read each argument three times: an argument that
! calls a function is refused, located, with the way around.
subroutine modulo_calls_function(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = modulo(g(x), 1.5d0)
contains
  real(8) function g(t)
    real(8), intent(in) :: t
    g = 2 * t
  end function
end subroutine modulo_calls_function
