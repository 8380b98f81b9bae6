! What stays out of ALLOCATABLE components, refused where it is written: scalar and non-deferred
! ALLOCATABLE components, ALLOCATABLE components of derived type, arrays of a type with
! ALLOCATABLE components as components, as assumed-shape dummies and ALLOCATABLE (arrays of such
! types with explicit bounds are supported, also as dummies of rank 1), assignment of sections of
! such arrays, an element passed as a structure or its component to an ALLOCATABLE dummy, a
! component taken of several elements at once, inquiries without a constant DIM, constructors of
! such a type, PRINT of a structure with ALLOCATABLE components (gfortran refuses it too: it needs
! a defined output), a module's structure (or array of them) with ALLOCATABLE components as an
! actual argument. Uses of a refused dummy or local (in expressions, conditions, calls) add no
! error.
module acr
  implicit none
  type s1
    real(8), allocatable :: x
  end type
  type s2
    real(8), allocatable :: v(3)
  end type
  type g
    real(8), allocatable :: w(:)
  end type
  type s3
    type(g), allocatable :: c(:)
  end type
  type s4
    type(g) :: c(2)
  end type
  type(g) :: gm, gma(2)
contains
  subroutine arr1(a)
    type(g), intent(inout) :: a(2)
    a(1)%w = 0
  end subroutine
  subroutine usg(s, y)
    type(g), intent(in) :: s
    real(8), intent(inout) :: y
    y = y + sum(s%w)
  end subroutine
  subroutine gw(w)
    real(8), allocatable, intent(inout) :: w(:)
    w = 2 * w
  end subroutine
  subroutine arr(a, y)
    type(g), intent(in) :: a(:)
    real(8), intent(inout) :: y
    y = sum(a(2)%w) + size(a)
    if (allocated(a(1)%w)) y = 0
  end subroutine
end module

subroutine f(y)
  use acr
  implicit none
  real(8), intent(out) :: y
  type(g) :: a(3), b, c(3)
  type(g), allocatable :: d(:)
  type(s1) :: p1
  type(s2) :: p2
  type(s3) :: p3
  type(s4) :: p4
  integer :: i
  b = g([1d0, 2d0])
  print *, b
  call usg(gm, y)
  a(1:2) = c(2:3)
  call usg(a(1), y)
  y = a(1:2)%w(1)
  y = lbound(a(2)%w, i)
  deallocate(a(2)%w(1))
  call gw(a(3)%w)
  call arr(a, y)
  call arr1(gma)
  y = sum(d(1)%w) + size(d)
end subroutine
