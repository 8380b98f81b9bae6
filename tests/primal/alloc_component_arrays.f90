! Arrays of a derived type with ALLOCATABLE components (module array, local arrays): element
! ALLOCATE/DEALLOCATE with other bounds, ALLOCATED/LBOUND/UBOUND/SIZE of an element's component,
! element references and sections, element deep copies to and from scalars and other elements,
! a reallocation larger than any before (the slab grows), whole-array assignment.
module st
  implicit none
  type state
    real(8) :: w
    real(8), allocatable :: u(:)
    integer :: k
  end type
  integer, parameter :: n = 3
  type(state) :: cells(n)
contains
  subroutine setup(x, m)
    real(8), intent(in) :: x(:)
    integer, intent(in) :: m
    integer :: i, j
    do i = 1, n
      allocate(cells(i)%u(0:m + i))
      do j = lbound(cells(i)%u, 1), ubound(cells(i)%u, 1)
        cells(i)%u(j) = x(mod(i + j, size(x)) + 1) * (j + 1)
      end do
      cells(i)%w = x(i)
      cells(i)%k = i
    end do
  end subroutine
end module

program p1
  use st
  implicit none
  type(state) :: loc(2), s, back(0:n - 1)
  real(8) :: x(4), y
  integer :: i
  x = [1d0, 2d0, 3d0, 4d0]
  call setup(x, 2)
  do i = 1, n
    print *, allocated(cells(i)%u), lbound(cells(i)%u, 1), ubound(cells(i)%u), size(cells(i)%u)
    print *, cells(i)%u
  end do
  print *, sum(cells(2)%u(1:3)), cells(3)%u(2:4)
  loc(1) = cells(3)
  loc(2) = cells(1)
  print *, loc(1)%u, loc(1)%w, loc(1)%k, size(loc(2)%u)
  deallocate(cells(2)%u)
  allocate(cells(2)%u(10))
  cells(2)%u = 0.5d0
  cells(2)%u(3:5) = loc(1)%u(1:3)
  print *, allocated(cells(2)%u), cells(2)%u
  s = cells(2)
  print *, s%u, size(s%u)
  cells(1) = s
  print *, cells(1)%u, lbound(cells(1)%u, 1)
  deallocate(cells(3)%u)
  print *, allocated(cells(3)%u)
  back = cells
  do i = 0, n - 1
    print *, allocated(back(i)%u), back(i)%w, back(i)%k
    if (allocated(back(i)%u)) print *, lbound(back(i)%u, 1), back(i)%u
  end do
  back(1)%u(2) = -1
  cells = back
  print *, cells(2)%u(1:3), size(cells(2)%u), allocated(cells(3)%u)
  y = 0
  do i = 1, 2
    y = y + sum(cells(i)%u) * loc(i)%w
  end do
  print *, y
end program
