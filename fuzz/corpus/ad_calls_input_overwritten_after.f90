! stad: --head 'reuse(y)/(x)'
! A callee's inputs are overwritten by the caller after the call: a checkpointed call must
! take its snapshot (or the split call its tape) before they change.
subroutine sq(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a * sin(a)
end subroutine sq

subroutine reuse(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y(3)
  real(8) :: a, b
  a = x(1)
  call sq(a, b)
  y(1) = b
  a = a * x(2) + 1.0d0
  call sq(a, b)
  y(2) = b * y(1)
  a = b
  call sq(a, b)
  y(3) = b + a
end subroutine reuse
