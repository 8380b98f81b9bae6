! Derived-type named constants and initial values (F90): a module PARAMETER and variable, a
! PARAMETER with a nested structure, an array and a CHARACTER component (keyword values, left-out
! components taking their defaults), local initialized structures (SAVE'd: the second call
! sees the first's change), whole-structure assignment from a PARAMETER.
module types_param_init_m
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
  type(box), parameter :: unit_box = box(point(0d0, 0d0), w = [2d0, 3d0], id = 7)
end module types_param_init_m
subroutine syn(n, x, s)
  use types_param_init_m
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
    s = s + (x(i) - origin%x)**2 * origin%y + p%x * x(i) + start%y * q%x
  end do
  p%x = p%x + 1
  s = s + unit_box%w(2) * unit_box%id + b%lo%y * sum(b%w) * x(1) + p%x
  if (b%nm == 'abc' .and. unit_box%nm == 'box') s = s * 2
end subroutine
program types_param_init
  real(8) :: x(5) = [1d0, 2d0, 3d0, 4d0, 5d0], s
  call syn(5, x, s)
  print *, s
  call syn(5, x, s)
  print *, s
end program types_param_init
