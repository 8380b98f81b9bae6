! Arrays of rank 2 of a type with a rank-2 ALLOCATABLE component: elements allocated with
! different bounds, an element's component passed to an assumed-shape INTENT(OUT) dummy (copy-in/out
! of the slab's column), sections and SHAPE/UBOUND/SUM(DIM=) of elements' components.
module m2
  implicit none
  type fld
    real(8), allocatable :: v(:, :)
  end type
contains
  subroutine fill(a, c)
    real(8), intent(out) :: a(:, :)
    real(8), intent(in) :: c
    integer :: i, j
    do j = 1, size(a, 2)
      do i = 1, size(a, 1)
        a(i, j) = c * i + j
      end do
    end do
  end subroutine
  subroutine grow(a)
    real(8), allocatable, intent(inout) :: a(:, :)
    deallocate(a)
    allocate(a(3, 3))
    a = 1
  end subroutine
end module
program p2
  use m2
  implicit none
  type(fld) :: f(2, 2)
  integer :: i, j
  do j = 1, 2
    do i = 1, 2
      allocate(f(i, j)%v(i + 1, 0:j))
      call fill(f(i, j)%v, dble(i * j))
    end do
  end do
  print *, f(2, 1)%v, shape(f(2, 2)%v), ubound(f(1, 2)%v, 2)
  f(1, 1)%v(:, 1) = f(2, 2)%v(1:2, 2)
  print *, f(1, 1)%v
  print *, sum(f(2, 2)%v(2:3, :), dim=2)
end program
