! stad: --head 'cost(f)/(a)'
! Derived types: a module variable of derived type with nested, array and INTEGER components,
! a structure dummy (INTENT(INOUT)) passed whole and as an array element, structure
! constructors (one reading the variable it assigns), whole-structure assignment; the calls
! are checkpoint sites, so snapshots and the tape hold the structures' leaves.
module types_geom
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  type :: point
    real(dp) :: x, y
  end type point
  type body
    type(point) :: pos(3)
    real(dp) :: mass
    integer :: id
    real(dp) :: v(2)
  end type
  type(body) :: world
contains
  subroutine move(b, dt)
    type(body), intent(inout) :: b
    real(dp), intent(in) :: dt
    integer :: i
    do i = 1, 3
      b%pos(i)%x = b%pos(i)%x + dt * b%v(1) * b%pos(i)%y
      b%pos(i)%y = sin(b%pos(i)%y) + dt * b%v(2) * b%mass
    end do
    b%v = b%v * b%mass
  end subroutine
  subroutine nudge(p, s)
    type(point), intent(inout) :: p
    real(dp), intent(in) :: s
    p = point(p%y * s, p%x + s)
  end subroutine
end module

subroutine cost(a, f)
  use types_geom
  implicit none
  real(dp), intent(in) :: a(4)
  real(dp), intent(out) :: f
  type(body) :: b, c
  type(point) :: p
  integer :: i, k
  b%mass = a(1)
  b%v = [a(2), a(3)]
  b%id = 7
  do i = 1, 3
    b%pos(i) = point(a(4) * i, a(1) - i)
  end do
  do k = 1, 3
    call move(b, 0.25d0)
    call nudge(b%pos(2), a(2))
  end do
  c = b
  p = point(c%pos(2)%y, c%pos(2)%x)
  p = point(p%y, p%x * p%y)
  world = c
  call move(world, 0.5d0)
  f = sum(world%pos%x) + p%x * p%y + world%pos(3)%y**2 + c%id * world%v(2)
end subroutine
