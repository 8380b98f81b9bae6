! stad: --head 'sfcost(f)/(x, a)' --set n=5
! Derivatives through statement functions: expanded inline with their actual arguments, so a
! statement function of active arguments, one reading an active variable of the unit (a) and
! an element of an active array, one using another, and one with an integer dummy selecting
! an element all differentiate as the expressions they stand for.
subroutine sfcost(n, x, a, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), a
  real(8), intent(out) :: f
  real(8) :: u, v, q, g, h, sc, pick
  integer :: i, k
  g(u) = u * exp(-u) + 1.0d0
  h(u, v) = sqrt(u**2 + v**2 + a)
  sc(q) = g(q) * x(1) + h(q, a)
  pick(k) = x(mod(k, n) + 1) ** 2
  f = 0
  do i = 1, n
    f = f + sc(x(i) * 0.5d0) + pick(i) * h(x(i), 1.0d0)
  end do
end subroutine sfcost
