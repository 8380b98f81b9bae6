! stad: --head 'shift(y)/(x)' --set n=7
! Overlapping sections of the array assigned: a shift up (the loop runs backwards), a shift
! down (forwards), a reversal and a three-point stencil (through a temporary), a strided
! section into its interleaved neighbours (disjoint), offsets known only at run time, and a
! rank-2 shift along both dimensions. The derivatives follow the same order as the primal.
subroutine shift(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y(n)
  real(8) :: q(4, 4)
  integer :: k, i, j
  y = x
  y(2:n) = y(1:n-1) * x(2:n)
  y(1:n-1) = y(2:n) + sin(y(1:n-1))
  y(n:1:-1) = y * x
  y(2:n-1) = y(1:n-2) * y(3:n) + y(2:n-1)
  y(1:n:2) = y(2:n:2) - y(1:n:2) * x(1:n:2)
  k = 1 + mod(n, 3)
  y(k:k+2) = y(k+1:k+3) * y(1)
  y(1:3) = y(k:k+2) + y(1:3)
  do j = 1, 4
    do i = 1, 4
      q(i, j) = x(1 + mod(i + j, n)) * i
    end do
  end do
  q(2:4, 2:4) = q(1:3, 1:3) * q(2:4, 2:4)
  q(1:3, :) = q(2:4, :) + q(1:3, :)
  y(1:4) = y(1:4) + q(:, 2) * q(3, :)
end subroutine shift
