! stad: --head 'cols(f)/(a, v)' --set m=4 --set n=5
! Rank-2 sections: columns and rows, a strided block, a transpose, elemental intrinsics on
! sections (exp, max with a scalar, merge), other lower bounds, and the result passed to a
! callee as a whole array.
subroutine total(m, n, w, f)
  implicit none
  integer, intent(in) :: m, n
  real(8), intent(in) :: w(m, n)
  real(8), intent(out) :: f
  integer :: i, j
  f = 0
  do j = 1, n
    do i = 1, m
      f = f + w(i, j) * (i + j)
    end do
  end do
end subroutine total

subroutine cols(m, n, a, v, f)
  implicit none
  integer, intent(in) :: m, n
  real(8), intent(in) :: a(m, n), v(0:n-1)
  real(8), intent(out) :: f
  real(8) :: w(m, n), t(n, m)
  w = a
  w(1, :) = w(1, :) * v + exp(0.1d0 * w(m, :))
  w(:, n) = max(w(:, 1), 0.5d0) * w(:, n)
  w(2:m:2, 1:n-1) = w(1:m-1:2, 2:n) - 0.25d0 * w(2:m:2, 1:n-1)
  t = transpose(w)
  t(2:n, :) = merge(t(2:n, :) * 2, t(1:n-1, :), t(2:n, :) > 0)
  w = w + 0.5d0 * transpose(t)
  call total(m, n, w, f)
end subroutine cols
