! What stays out of ALLOCATABLE arrays of a derived type, one located error each saying what to
! write (and nothing more where the names are used): an ALLOCATABLE scalar structure, one without
! deferred shape, a SAVE'd one, a deferred-shape local without ALLOCATABLE, DEALLOCATE of a
! component of such an array (the components go with the array), a component of such an array or
! an array of structures that is not ALLOCATABLE passed to an ALLOCATABLE dummy, a module's such
! array passed to an ALLOCATABLE dummy, an ALLOCATABLE array of a type with ALLOCATABLE components.
module tar
  implicit none
  type point
    real(8) :: x, v(3)
  end type
  type cell
    real(8), allocatable :: u(:)
  end type
  type(point), allocatable :: cloud(:)
contains
  subroutine grow(p)
    type(point), allocatable, intent(inout) :: p(:)
    p(1)%x = 0
  end subroutine

  subroutine scale(x)
    real(8), allocatable, intent(inout) :: x(:)
    x = 2 * x
  end subroutine

  subroutine f(n, c)
    integer, intent(in) :: n
    real(8), intent(out) :: c
    type(point), allocatable :: one
    type(point), allocatable :: fixed(4)
    type(point), allocatable, save :: kept(:)
    type(point) :: nope(:)
    type(point), allocatable :: p(:)
    type(point) :: q(3)
    type(cell), allocatable :: cells(:)
    allocate(p(n))
    deallocate(p%x)
    p%x = 1
    call scale(p%x)
    call grow(q)
    call grow(cloud)
    c = sum(p%x) + one%x + fixed(1)%x + kept(1)%x + nope(1)%x + cells(1)%u(1)
  end subroutine
end module
