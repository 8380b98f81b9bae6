! stad: --head 'cost(f)/(x)' --set n=6
! ALLOCATABLE arrays of rank 2 and an INTEGER one (an index list the backward sweep needs),
! allocated in a branch and freed by an early RETURN's implicit deallocation; overlapping
! sections of an allocatable (a temporary shaped like it, allocated and freed around the
! statement) and a strided section passed to a routine (copied in and out).
subroutine relax(m, y)
  integer, intent(in) :: m
  real(8), intent(inout) :: y(m)
  y = y * cos(y)
end subroutine

subroutine cost(n, x, f)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: a(:), g(:, :)
  integer, allocatable :: idx(:)
  integer :: i, j
  allocate(a(-1:n - 2), idx(n))
  do i = 1, n
    idx(i) = n + 1 - i
    a(i - 2) = x(idx(i)) * x(i)
  end do
  a(0:n - 3) = a(-1:n - 4) + a(1:n - 2) * 0.5d0
  call relax((n + 1) / 2, a(-1:n - 2:2))
  f = 0
  if (n > 3) then
    allocate(g(2, 0:n))
    do j = 0, n
      do i = 1, 2
        g(i, j) = 0.1d0 * i * j
      end do
    end do
    do i = 1, n
      g(1, idx(i)) = g(1, idx(i)) + a(i - 2) ** 2
    end do
    f = sum(g(1, :) * g(2, :))
    if (f > 0) return
  end if
  f = f + sum(a)
end subroutine
