! ALLOCATABLE arrays of a derived type: locals, a module variable and ALLOCATABLE dummies
! (INTENT(IN), OUT, INOUT); ALLOCATE with lower bounds, rank 2, DEALLOCATE, ALLOCATED,
! SIZE/LBOUND/UBOUND, element components p(i)%x, p(i)%v(j), component arrays p%x in
! expressions and assignments, sections p(2:3)%x, constructors of elements, whole-array
! assignment with reallocation (other size, lower bounds of a whole array), nested types,
! default initialization at ALLOCATE, such arrays passed to explicit- and assumed-shape
! dummies, SIZE/LBOUND/UBOUND with and without DIM of arrays of a type whose components are all
! arrays.
module shapes
  implicit none
  type vec
    real(8) :: v(0:2)
    integer :: tag = 7
  end type
  type point
    real(8) :: x, y
    type(vec) :: g
  end type
  type tri
    real(8) :: v(0:2)
    integer :: k(2, 2)
  end type
  type(point), allocatable :: cloud(:)
contains
  subroutine make(p, n, lo)
    type(point), allocatable, intent(out) :: p(:)
    integer, intent(in) :: n, lo
    integer :: i
    allocate(p(lo:lo + n - 1))
    do i = lbound(p, 1), ubound(p, 1)
      p(i) = point(i * 0.5d0, -i, vec([1d0, 2d0, 3d0] * i, i))
    end do
  end subroutine

  subroutine twice(p)
    type(point), allocatable, intent(inout) :: p(:)
    type(point), allocatable :: q(:)
    integer :: m
    m = size(p)
    allocate(q(2 * m))
    q(1:m) = p
    q(m + 1:) = p
    q(m + 1:)%x = -q(m + 1:)%x
    call move(q, p)
  end subroutine

  subroutine move(a, b)
    type(point), allocatable, intent(inout) :: a(:), b(:)
    b = a
    deallocate(a)
  end subroutine

  real(8) function weigh(p, n)
    integer, intent(in) :: n
    type(point), intent(in) :: p(n)
    weigh = sum(p%x * p%g%v(1)) + p(n)%g%tag
  end function

  real(8) function spread_of(p)
    type(point), intent(in) :: p(0:)
    spread_of = maxval(p%y) - minval(p%y) + sum(p(ubound(p, 1))%g%v) + lbound(p, 1) + size(p)
  end function

  subroutine show(p)
    type(point), allocatable, intent(in) :: p(:)
    integer :: i
    if (.not. allocated(p)) then
      print *, 'unallocated'
      return
    end if
    print *, size(p), lbound(p, 1), ubound(p, 1)
    do i = lbound(p, 1), ubound(p, 1)
      print *, p(i)%x, p(i)%y, p(i)%g%v, p(i)%g%tag
    end do
  end subroutine
end module

program alloc_type_arrays
  use shapes
  implicit none
  type(point), allocatable :: a(:), b(:)
  type(vec), allocatable :: w(:, :)
  type(tri), allocatable :: t(:, :)
  type(tri) :: t4(4)
  type(point) :: fixed(3)
  integer :: i, j
  print *, allocated(a)
  call make(a, 3, -1)
  call show(a)
  print *, weigh(a, size(a)), spread_of(a)
  call twice(a)
  call show(a)
  a(1:2)%y = [10d0, 20d0]
  a(2)%g%v(1:2) = a(1)%g%v(0:1) * 3
  print *, sum(a%y), a(2)%g%v, a%g%tag
  b = a(2:4)
  call show(b)
  b = a
  call show(b)
  cloud = b(lbound(b, 1):lbound(b, 1) + 1)
  a = cloud
  call show(a)
  deallocate(b)
  call show(b)
  allocate(w(2, 0:2))
  print *, size(w), size(w, 2), lbound(w, 2), ubound(w), w%tag
  do j = 0, 2
    do i = 1, 2
      w(i, j)%v = [i, j, i + j] * 1d0
    end do
  end do
  print *, sum(w%v(2)), w(2, :)%v(1), shape(w)
  fixed(1) = cloud(1)
  fixed(2:3) = a(1:2)
  print *, weigh(cloud, 2), weigh(fixed, 3), spread_of(fixed), spread_of(a(2:1:-1))
  allocate(t(-1:2, 3))
  print *, size(t), size(t, 1), size(t, dim=2), lbound(t, 1), ubound(t, 2), lbound(t, dim=2)
  print *, size(t4), size(t4, 1), lbound(t4, 1), ubound(t4, 1)
  t(2, 3)%v = [1, 2, 3]
  t(:, 1)%k(2, 1) = 4
  print *, t(2, 3)%v, size(t%v(1)), t(:, 1)%k(2, 1)
  call make(a, 2, 5)
  call show(a)
  call move(a, b)
  call show(a)
  call show(b)
end program
