! stad: --head 'f(y)/(x, w)' --set n=5
! ELEMENTAL functions and subroutines applied to arrays: each reference becomes a DO nest over
! the elements calling the scalar routine (one call site per reference, as a call in a loop):
! whole arrays, sections, rank 2, array expressions as arguments, scalars broadcast, results in
! array expressions and reductions, a subroutine with INTENT(INOUT) and INTENT(OUT) arrays (and
! an argument expression reading the array the calls write: computed before them), a
! right-hand side reading the array assigned one element back (a backward loop), a module array
! the function also reads (a temporary), and a reference inside WHERE (only where the mask holds).
module elem_m
  implicit none
  real(8) :: g(5)
contains
  elemental real(8) function sq(x)
    real(8), intent(in) :: x
    sq = x * x
  end function sq

  elemental real(8) function wsum(x, w)
    real(8), intent(in) :: x, w
    wsum = w * x + sin(x)
  end function wsum

  elemental real(8) function addg(x)
    real(8), intent(in) :: x
    addg = x * g(1) + x
  end function addg

  elemental subroutine upd(a, b, c)
    real(8), intent(inout) :: a
    real(8), intent(in) :: b
    real(8), intent(out) :: c
    a = a + 0.1d0 * b * b
    c = a * cos(b)
  end subroutine upd
end module elem_m

subroutine f(n, x, w, y)
  use elem_m
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w
  real(8), intent(out) :: y
  real(8) :: t(n), u(n), a(n, 2), b(n, 2), c(n, 2)
  integer :: i
  t = sq(x)
  u = 2 * wsum(x, w) + t
  t(2:n) = wsum(t(1:n-1), 0.5d0) + 0.1d0 * sq(u(2:n))
  u(2:n) = 0.2d0 * sq(u(1:n-1))
  a(:, 1) = x
  a(:, 2) = t * w
  b = wsum(a, w)
  call upd(a, b, c)
  call upd(a(:, 2), w * x, c(:, 1))
  call upd(b, 0.2d0 * b(n:1:-1, :) - 0.1d0 * a, c)
  g = u
  g = addg(g)
  where (x > 0.9d0)
    u = sq(a(:, 1)) * w
  elsewhere
    u = -wsum(x, 2 * w)
  end where
  y = sum(sq(c)) / n + sum(wsum(g, w) * u) / n + w * sum(a)
end subroutine f
