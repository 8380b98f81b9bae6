! stad: --head 'f(y)/(x, w)' --set n=7
! WHERE with and without ELSEWHERE, ELSEWHERE (mask), masks reading the array assigned (at the
! element assigned: in the loops; elsewhere: a mask temporary), a square root only where its
! argument is positive (no derivative from the other elements), overlapping sections on both
! sides under a mask (a temporary) and a reduction on the right.
subroutine f(n, x, w, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w(n)
  real(8), intent(out) :: y
  real(8) :: a(n), b(n), c(n)
  a = x - 0.3d0
  b = w * x
  c = 0
  where (a > 0) a = sqrt(a)
  where (b < 0.1d0)
    c = b * a
    b = sin(b) + a
  elsewhere
    c = exp(-b)
  end where
  where (a(2:n) > a(1:n-1)) a(1:n-1) = a(2:n) * b(1:n-1)
  where (b > 0.5d0)
    b = b * b
  elsewhere (b > 0)
    b = b + c * a
  elsewhere
    b = -b
  end where
  where (c /= 0)
    c = c * a
    a = a / (1 + sum(c * c))
  end where
  where (b(n:1:-1) > b) b = b(n:1:-1) * a
  y = sum(a * a) + sum(b * c) + sum(b)
end subroutine f
