! stad: --head 'nested(c)/(a, b)' --set n=4
! Nested loops: a matrix product, a triangular loop nest whose inner bounds depend on the
! outer variable, and the loop variables' values after the loops.
subroutine nested(n, a, b, c)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: a(n, n), b(n)
  real(8), intent(out) :: c(n)
  integer :: i, j
  do i = 1, n
    c(i) = 0
    do j = 1, n
      c(i) = c(i) + a(i, j) * b(j)
    end do
  end do
  do i = 2, n
    do j = 1, i - 1
      c(i) = c(i) + 0.1d0 * c(j) * a(j, i)
    end do
  end do
  c(1) = c(1) + dble(i + j) * b(1)
end subroutine nested
