! Derived types in the primal: nested types, INTEGER, LOGICAL and REAL(4) components, arrays of
! structures, constructors with keywords, structure assignment (also through a temporary when
! the constructor reads the variable), a structure as an argument and a module variable, PRINT
! of components and of a whole structure.
module types_shapes
  implicit none
  type vec2
    sequence
    real(8) :: x, y
  end type
  type, public :: shape
    sequence
    type(vec2) :: corner(2)
    integer :: sides
    logical :: filled
    real :: weight
    real(8) :: m(2, 2)
  end type shape
  type(shape), save :: last
contains
  subroutine grow(s, by)
    type(shape), intent(inout) :: s
    real(8), intent(in) :: by
    s%corner(2) = vec2(s%corner(2)%x + by, y = s%corner(2)%y * by)
    s%m = s%m * by
    s%sides = s%sides + 1
    last = s
  end subroutine
  real(8) function area(s)
    type(shape), intent(in) :: s
    area = (s%corner(2)%x - s%corner(1)%x) * (s%corner(2)%y - s%corner(1)%y)
  end function
end module

program types_basic
  use types_shapes
  implicit none
  type(shape) :: a, b, many(4)
  type(vec2) :: v
  integer :: i
  a%corner(1) = vec2(0.5d0, 1.0d0)
  a%corner(2) = vec2(y=3.0d0, x=2.0d0)
  a%sides = 4
  a%filled = .true.
  a%weight = 1.5
  a%m(1, :) = [1.0d0, 3.0d0]
  a%m(2, :) = [2.0d0, 4.0d0]
  b = a
  call grow(b, 1.25d0)
  print *, area(a), area(b), b%sides, last%sides
  print *, b%corner(2)%x, b%corner(2)%y, b%m(2, 1)
  do i = 1, 4
    many(i) = a
    many(i)%sides = i
    call grow(many(i), 0.5d0 * i)
  end do
  print *, sum(many%sides), sum(many%corner(2)%x), maxval(many%weight)
  print *, count(many%filled), many(3)%m(1, 2)
  v = vec2(1.0d0, 2.0d0)
  v = vec2(v%y, v%x)
  print *, v%x, v%y
  print *, last%corner(1)
end program
