! s%area() where the type has no component area (a type-bound procedure's call, as written for
! another compiler's types): one located error saying to call the module procedure area(s).
module shapes2
  implicit none
  type :: shape
    real(8) :: a
  end type
contains
  real(8) function area(s)
    type(shape), intent(in) :: s
    area = s%a**2
  end function
end module shapes2

subroutine shcost(x, f)
  use shapes2
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  type(shape) :: s
  s%a = x
  f = s%area() + 1d0
end subroutine shcost
