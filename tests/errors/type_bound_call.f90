! A derived type with type-bound procedures, called as s%area() and CALL s%grow(d): one located
! error for the definition and one for the CALL, each saying to call the module procedure by its
! name (the reference s%area() was a syntax error after the definition's refusal).
module shapes
  implicit none
  type :: shape
    real(8) :: a
  contains
    procedure :: area, grow
  end type
contains
  real(8) function area(self)
    class(shape), intent(in) :: self
    area = self%a**2
  end function
  subroutine grow(self, d)
    class(shape), intent(inout) :: self
    real(8), intent(in) :: d
    self%a = self%a + d
  end subroutine
end module shapes

subroutine shcost(x, f)
  use shapes
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  type(shape) :: s
  s%a = x
  call s%grow(1d0)
  f = s%area()
end subroutine shcost
