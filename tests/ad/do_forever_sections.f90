! stad: --head 'every(f)/(x)'
! DO without loop control left by EXIT (plain and named) around active updates, and sections
! with an omitted upper bound before the stride (x(::2), x(2::2)) in active expressions.
subroutine every(x, f)
  implicit none
  real(8), intent(in) :: x(6)
  real(8), intent(out) :: f
  real(8) :: s
  integer :: k
  f = sum(x(::2)) + 2 * sum(x(2::2) * x(1::2)) + sum(x(6:1:-1) * x)
  k = 0
  s = 1
  do
    k = k + 1
    s = s * x(k) + 0.1d0
    if (k >= 4) exit
  end do
  outer: do
    s = s * 0.5d0
    if (s < 1d-3) exit outer
  end do outer
  f = f + s
end subroutine every
