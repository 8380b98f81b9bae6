! USE m, ONLY: g with g a generic interface of m (and a renamed variable beside it), and the
! TARGET attribute (accepted: POINTER stays refused, so nothing can point at the variable).
module shapes
  implicit none
  private
  public :: area, scale
  real(8), target, save :: scale = 2d0
  real(8), target :: buf(4)
  interface area
    module procedure area_sq, area_rect
  end interface area
contains
  function area_sq(a) result(r)
    real(8), intent(in) :: a
    real(8) :: r
    buf(1) = a
    r = scale * buf(1) * a
  end function area_sq
  function area_rect(a, b) result(r)
    real(8), intent(in) :: a, b
    real(8) :: r
    r = scale * a * b
  end function area_rect
end module shapes

program use_only_generic_target
  use shapes, only: area, s => scale
  implicit none
  real(8), target :: x(3)
  x = (/1.5d0, 2d0, 3d0/)
  print *, area(x(1)), area(x(2), x(3))
  s = 0.5d0
  print *, area(x(1)), area(x(2), x(3))
end program use_only_generic_target
