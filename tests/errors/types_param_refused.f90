! Derived-type named constants and initial values stad does not take, one located error each and
! none where they are used: an array of structures with an initial value, a value that is not a
! constructor of the type, a constructor of another type, and a COMPLEX component given a value.
module types_param_bad
  implicit none
  type pt
    real(8) :: x, y
  end type
  type other
    real(8) :: a, b
  end type
  type cx
    complex(8) :: z
    real(8) :: r
  end type
  type(pt), parameter :: row(2) = pt(1d0, 2d0)
  real(8), parameter :: one = 1d0
  type(pt), parameter :: notctor = one
  type(pt) :: wrong = other(1d0, 2d0)
  type(cx), parameter :: c1 = cx((1d0, 2d0), 3d0)
end module types_param_bad

subroutine use_them(s)
  use types_param_bad
  implicit none
  real(8), intent(out) :: s
  s = row(1)%x + notctor%y + wrong%x + c1%r
end subroutine use_them
