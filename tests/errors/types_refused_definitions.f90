! What stays out of derived types, refused where it is written: POINTER components, EXTENDS,
! type-bound procedures, functions of derived type (what stays out of ALLOCATABLE components:
! types_alloc_components_refused.f90).
module types_defs
  implicit none
  type a
    real(8) :: x = 1.0d0
  end type
  type b
    real(8) :: v(2)
  end type
  type, extends(a) :: c
    real(8) :: z
  end type
  type d
    real(8), pointer :: p
  end type
  type e
    real(8) :: w
  contains
    procedure :: f
  end type
contains
  type(a) function make()
    make%x = 1
  end function
end module
