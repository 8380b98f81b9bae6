! ALLOCATABLE array components of derived types: locals, module variables, dummies of every
! INTENT, ALLOCATE/DEALLOCATE/ALLOCATED/SIZE/LBOUND/UBOUND, sections, automatic reallocation,
! and the deep copy of whole-structure assignment (status, bounds and values of each component);
! INTEGER and LOGICAL components, WHERE and reductions on components, an internal procedure
! using its host's structure.
module state_m
  implicit none
  type grid
    integer :: m
    real(8), allocatable :: w(:)
    integer, allocatable :: idx(:)
    logical, allocatable :: mask(:, :)
  end type
  type state
    real(8), allocatable :: u(:), h(:, :)
    integer :: n
    type(grid) :: g
  end type
  type(state) :: gs
contains
  subroutine setup(s, n)
    type(state), intent(out) :: s
    integer, intent(in) :: n
    integer :: i
    s%n = n
    allocate(s%u(0:n - 1), s%h(2, n))
    do i = 0, n - 1
      s%u(i) = 1.5d0 * i - 1
    end do
    s%h = 0.25d0
    s%h(2, :) = s%u
  end subroutine
  subroutine grow(a)
    real(8), allocatable, intent(inout) :: a(:)
    real(8), allocatable :: t(:)
    allocate(t(size(a) + 2))
    t(1:size(a)) = a
    t(size(a) + 1:) = -1
    deallocate(a)
    allocate(a(size(t)))
    a = t
  end subroutine
  real(8) function total(s)
    type(state), intent(in) :: s
    total = sum(s%u) + sum(s%h)
    if (allocated(s%g%w)) total = total + sum(s%g%w)
  end function
end module

program alloc_components
  use state_m
  implicit none
  type(state) :: a, b
  integer :: i
  print *, allocated(a%u), allocated(a%g%w)
  call setup(a, 4)
  print *, lbound(a%u), ubound(a%u), size(a%h, 2), a%u
  print *, a%h(2, 2:3), total(a)
  ! deep copy: b takes a's bounds (0:3), values and status (g%w not allocated)
  allocate(b%u(10), b%g%w(3))
  b%g%w = 9
  b = a
  print *, lbound(b%u), ubound(b%u), allocated(b%g%w), b%n
  b%u(1:2) = b%u(2:1:-1) * 3
  print *, a%u, b%u
  ! sections and array syntax on components; automatic reallocation
  allocate(a%g%w(3))
  a%g%w = a%u(1:3) + b%u(0:2)
  a%u = [a%g%w, 7d0, 8d0]
  print *, size(a%u), a%u
  call grow(a%g%w)
  print *, a%g%w, total(a)
  ! module variable
  gs = a
  call setup(a, 2)
  print *, size(gs%u), sum(gs%u), size(a%u), a%u
  do i = 1, size(gs%g%w)
    gs%g%w(i) = gs%g%w(i) * i
  end do
  b = gs
  print *, gs%g%w, total(b)
  deallocate(gs%u)
  print *, allocated(gs%u), allocated(gs%h)
  b = gs
  print *, allocated(b%u), size(b%h), sum(b%g%w)
  ! INTEGER and LOGICAL components, WHERE, reductions, an internal procedure
  allocate(b%g%idx(-1:2), b%g%mask(2, 3))
  b%g%idx = [(3 * i, i = 1, 4)]
  b%g%mask = b%h > 0.3d0
  a%g%mask = b%g%mask
  where (a%g%mask) b%h = -b%h
  print *, b%g%idx(0), count(b%g%mask), maxval(b%h), minloc(b%g%w), product(b%g%idx(1:2))
  call inner(2)
  print *, b%u, b%g%idx
  a = b
  print *, lbound(a%g%idx), a%g%idx(2), all(a%g%mask .eqv. b%g%mask)
contains
  subroutine inner(k)
    integer, intent(in) :: k
    allocate(b%u(k:k + 2))
    b%u = b%h(1, 1:3) * k
    b%g%idx(0) = b%g%idx(0) + size(b%u)
  end subroutine
end program
