! stad: --head 'many(y)/(x)'
! One routine called from several sites (with different actual arguments each time, one of
! them an output of an earlier call) and from two different callers.
subroutine axpy2(a, x, y)
  implicit none
  real(8), intent(in) :: a, x
  real(8), intent(inout) :: y
  y = y + a * x * x
end subroutine axpy2

subroutine helper(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(inout) :: y
  real(8) :: t
  call axpy2(0.5d0, x, y)
  t = y
  call axpy2(x, t, y)
end subroutine helper

subroutine many(x, y)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(2)
  y(1) = x(1)
  y(2) = 0
  call axpy2(x(2), x(3), y(1))
  call axpy2(y(1), x(1), y(2))
  call helper(x(3), y(2))
  call axpy2(-1.0d0, y(2), y(1))
  call helper(y(1), y(2))
end subroutine many
