! stad: --head 'cost(f)/(x)' --set n=5
! Arrays of a derived type with ALLOCATABLE components (slabs) in differentiated code: a callee
! at a call site (every checkpoint configuration) allocates the components of a module array's
! elements with different bounds and sizes (rank 1 and 2, and one inside a nested structure);
! another reallocates one element's component larger (the slab grows) and deallocates another;
! element deep copies from the module array to a local array and to a scalar structure, and back
! (every ALLOCATABLE leaf: status, bounds, values); sections and inquiries (ALLOCATED, LBOUND, UBOUND, SIZE) of an element's component.
module acarr
  implicit none
  type grid
    real(8), allocatable :: w(:)
  end type
  type cell
    real(8) :: c
    real(8), allocatable :: u(:), h(:, :)
    type(grid) :: g
  end type
  integer, parameter :: nc = 3
  type(cell) :: cells(nc)
contains
  subroutine setup(n, x)
    integer, intent(in) :: n
    real(8), intent(in) :: x(:)
    integer :: i, j
    do i = 1, nc
      if (allocated(cells(i)%u)) deallocate(cells(i)%u)
      if (allocated(cells(i)%h)) deallocate(cells(i)%h)
      if (allocated(cells(i)%g%w)) deallocate(cells(i)%g%w)
      allocate(cells(i)%u(0:n - 3 + i), cells(i)%h(2, i))
      do j = lbound(cells(i)%u, 1), ubound(cells(i)%u, 1)
        cells(i)%u(j) = x(mod(i + j, n) + 1) * (j + i)
      end do
      cells(i)%h(1, :) = sin(cells(i)%u(0:i - 1))
      cells(i)%h(2, :) = cells(i)%u(1:i) * cells(i)%h(1, :)
      cells(i)%c = x(i) ** 2
    end do
    allocate(cells(2)%g%w(n))
    cells(2)%g%w = x * cells(2)%c
  end subroutine

  subroutine regrow(k, x)
    integer, intent(in) :: k
    real(8), intent(in) :: x(:)
    real(8), allocatable :: t(:)
    integer :: m
    m = size(cells(k)%u)
    allocate(t(m))
    t = cells(k)%u * x(k)
    deallocate(cells(k)%u)
    allocate(cells(k)%u(-1:m + 2))
    cells(k)%u(-1:m - 2) = t
    cells(k)%u(m - 1:) = x(1:4) * cells(k)%c
    if (allocated(cells(1)%g%w)) deallocate(cells(1)%g%w)
  end subroutine

  real(8) function total(i)
    integer, intent(in) :: i
    total = cells(i)%c * sum(cells(i)%u ** 2) + sum(cells(i)%h(2, :)) * ubound(cells(i)%u, 1)
    if (allocated(cells(i)%g%w)) total = total + sum(cells(i)%g%w) * cells(i)%g%w(lbound(cells(i)%g%w, 1))
  end function
end module

subroutine cost(n, x, f)
  use acarr
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  type(cell) :: keep(2), s
  integer :: k
  f = 0
  call setup(n, x)
  keep(1) = cells(2)
  do k = 1, 3
    call regrow(k, x)
    f = f + total(k) * 0.1d0
  end do
  s = cells(3)
  s%u(1) = s%u(1) * keep(1)%u(2)
  cells(2) = s
  f = f + total(1) + total(2) + sum(s%h) * s%c + sum(keep(1)%u) + size(keep(1)%u)
end subroutine
