! Declarations outside the subset.
module refused_decls
  use iso_c_binding, only: operator(+)
  integer(2) :: small
  type point
    real :: x, y
  end type point
  type(point) :: pt
  ! (generic and explicit interfaces are supported now)
  interface operator(+)
    module procedure one
  end interface
  !
  character(len=10) :: name
  character*8 word
  complex(16) :: z
  real, volatile :: w(4) ! (VOLATILE is accepted now)
  real, pointer :: p
  integer(16) :: big
  real(16) :: quad
  real(kind=10) :: named
  real :: rank8(1, 1, 1, 1, 1, 1, 1, 1)
  real :: assumed(:) ! (sema refuses deferred shape outside dummies)
  public :: operator(+)
contains
  recursive subroutine r(x)
    real, optional :: x ! (OPTIONAL is accepted now)
  end subroutine r
  pure function pf(x) ! (PURE is accepted now)
    real, intent(in) :: x
    real :: pf
    pf = x
  end function pf
end module refused_decls
