! A head that changes module state it reads again (a call counter scaling the result): two runs
! at the same input differ, so `stad check` warns that finite differences cannot confirm (exit
! 0 when tangent and adjoint agree), instead of blaming the steps alone.
module counter_state
  implicit none
  real(8) :: scale = 1.0d0
end module counter_state

subroutine drift(n, x, f)
  use counter_state
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  scale = scale * 1.5d0
  f = scale * sum(x**2)
end subroutine drift
