! ALLOCATABLE arrays as actual arguments (whole, to explicit-shape and assumed-shape dummies;
! a non-contiguous section, copied in and out), in MATMUL and reductions along DIM, and a
! temporary shaped like an allocatable (overlapping sections).
module alloc_ops
  implicit none
contains
  subroutine scale(x, f)
    real(8), intent(inout) :: x(:)
    real(8), intent(in) :: f
    x = x * f
  end subroutine
  subroutine fill(n, y)
    integer, intent(in) :: n
    real(8), intent(out) :: y(n)
    integer :: i
    do i = 1, n
      y(i) = 1.0d0 / i
    end do
  end subroutine
end module

program alloc_actuals
  use alloc_ops
  implicit none
  real(8), allocatable :: a(:), m(:, :), c(:, :), s(:)
  integer :: n, i, j
  n = 6
  allocate(a(n))
  call fill(n, a)
  call scale(a, 2.0d0)
  call scale(a(1:n:2), 10.0d0)
  print *, a
  allocate(m(3, 3), c(3, 3), s(3))
  do j = 1, 3
    do i = 1, 3
      m(i, j) = i - 2 * j
    end do
  end do
  c(:, :) = matmul(m, m)
  s(:) = sum(m, dim=1)
  print *, c
  print *, s, sum(c, dim=2) + s
  a(2:n) = a(1:n-1)
  print *, a
end program
