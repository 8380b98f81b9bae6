! stad: --head 'syn(s)/(x)' --set n=5
! Derived-type named constants and initialized structures in derivative code: a module
! PARAMETER read by component and assigned whole, a nested one with array and CHARACTER
! components (keywords, defaults), a local initialized structure (SAVE'd, read only).
module types_param_geo
  implicit none
  type point
    real(8) :: x, y
  end type
  type box
    type(point) :: lo
    real(8) :: w(2) = 1d0
    integer :: id = 0
    character(len=4) :: nm = 'box'
  end type
  type(point), parameter :: origin = point(0.5d0, -0.25d0)
  type(point) :: start = point(y = 2d0, x = 1d0)
  type(box), parameter :: unit_box = box(point(0d0, 1.5d0), w = [2d0, 3d0], id = 7)
end module types_param_geo

subroutine syn(n, x, s)
  use types_param_geo
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  type(point) :: p = point(3d0, 4d0), q
  type(box) :: b = box(point(1d0, 2d0), nm = 'abc')
  integer :: i
  q = origin
  s = 0
  do i = 1, n
    s = s + (x(i) - origin%x)**2 * origin%y + p%x * sin(x(i)) + start%y * q%x * x(i)
  end do
  q = point(s, unit_box%lo%y)
  s = s + unit_box%w(2) * unit_box%id * q%x * q%y + b%lo%y * sum(b%w) * x(1)**2
  if (b%nm == 'abc' .and. unit_box%nm == 'box') s = s * x(2)
end subroutine syn
