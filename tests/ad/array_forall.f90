! stad: --head 'f(y)/(x, w)' --set n=6
! FORALL: a right-hand side reading other elements of the array assigned (a temporary), a
! mask, two indices with a transpose in place, strides, several assignments in order and an
! index named like a variable that keeps its value.
subroutine f(n, x, w, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: a(n), q(n, n), r(n, n)
  integer :: i, j
  i = 2
  forall (i = 1:n) a(i) = x(i) * w(n + 1 - i)
  forall (i = 2:n) a(i) = a(i - 1) * x(i) + a(i)
  forall (i = 1:n, a(i) > 0) a(i) = sqrt(a(i))
  forall (i = 1:n, j = 1:n)
    q(i, j) = a(i) * w(j) + x(j)
    r(i, j) = sin(q(i, j)) * a(j)
  end forall
  forall (i = 1:n, j = 1:n) q(i, j) = q(j, i) * r(i, j)
  forall (i = 1:n:2, j = n:1:-2, w(j) > 0.2d0)
    r(i, j) = r(i, j) * q(j, i)
    q(i, j) = r(i, j) + 1
  end forall
  forall (i = 1:n - 1) a(i + 1) = a(n + 1 - i) * 2 + a(i)
  y = sum(q * r) + sum(a) * x(i)
end subroutine f
