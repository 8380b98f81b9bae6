! Actual arguments that are not variables: literals, expressions, function results and
! parenthesised variables, passed to INTENT(IN) dummies (stad must pass them by address through
! temporaries), next to a variable argument that is updated.
program call_expression_args
  implicit none
  real(8) :: x, r
  integer :: n

  x = 1.25d0
  n = 3
  call combine(2.0d0, 3, r)
  print *, r
  call combine(x * x - 0.5d0, n + 1, r)
  print *, r
  call combine(sqrt(x), 2 * n - 1, r)
  print *, r
  call combine((x), (n), r)
  print *, r, x, n
  call combine(-x, -n, r)
  print *, r
end program call_expression_args

subroutine combine(a, k, r)
  implicit none
  real(8), intent(in) :: a
  integer, intent(in) :: k
  real(8), intent(out) :: r
  r = a**k + 0.5d0 * k
end subroutine combine
