! stad: --head 'divide(q)/(a, b)'
! Division: active numerator and denominator, a passive numerator, a reciprocal, a chain of
! divisions (left associative) and integer division in passive code.
subroutine divide(a, b, q)
  implicit none
  real(8), intent(in) :: a(2), b(2)
  real(8), intent(out) :: q(3)
  integer :: i
  i = 7 / 2
  q(1) = a(1) / b(1) + 1.0d0 / a(2)
  q(2) = a(1) / b(1) / b(2) * dble(i)
  q(3) = (a(1) + a(2)) / (1.0d0 + b(1) * b(2)) - 3.0d0 / (a(2) * b(2))
end subroutine divide
