! stad: --head 'cost(f)/(x)' --set n=5
! ALLOCATABLE arrays of a derived type (nested, with an array component of lower bound 0 and a
! default-initialized INTEGER component) in differentiated code, every call site in every
! checkpoint configuration: a callee allocates its INTENT(OUT) ALLOCATABLE dummy with lower
! bound -1; another grows its INTENT(INOUT) one through a local (section copies, element and
! component-section assignments, DEALLOCATE, reallocation by `p = q`); an assumed-shape dummy of
! the type reads p%x, p%g%v(1) as arrays; an INTENT(IN) one is copied to a module array by
! reallocation and scaled through `cloud%x`; a rank-2 local of the nested type; SIZE, LBOUND,
! UBOUND, ALLOCATED.
module pts
  implicit none
  type vec
    real(8) :: v(0:2)
    integer :: tag = 7
  end type
  type point
    real(8) :: x
    type(vec) :: g
  end type
  type(point), allocatable :: cloud(:)
  real(8), allocatable :: grid2x(:, :)
contains
  subroutine build(n, x, p)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    type(point), allocatable, intent(out) :: p(:)
    integer :: i
    allocate(p(-1:n - 2))
    do i = lbound(p, 1), ubound(p, 1)
      p(i)%x = x(i + 2) ** 2
      p(i)%g%v = x(i + 2) * [1d0, 2d0, 3d0] + p(i)%g%tag
    end do
  end subroutine

  subroutine grow(p, s)
    type(point), allocatable, intent(inout) :: p(:)
    real(8), intent(in) :: s
    type(point), allocatable :: q(:)
    integer :: m
    m = size(p)
    allocate(q(m + 2))
    q(1:m) = p
    q(m + 1)%x = s
    q(m + 2)%x = s * s
    q(m + 1:)%g%v(1) = s
    q(m + 1)%g%v(0) = 1
    q(m + 2)%g%v(0) = 2
    q(m + 1:)%g%v(2) = sin(s)
    deallocate(p)
    p = q
  end subroutine

  real(8) function total(p)
    type(point), intent(in) :: p(:)
    total = sum(p%x * p%g%v(1)) + sum(p(size(p))%g%v)
  end function

  subroutine to_module(p)
    type(point), allocatable, intent(in) :: p(:)
    if (allocated(cloud)) deallocate(cloud)
    cloud = p
    cloud%x = cloud%x * 0.5d0
  end subroutine
end module

subroutine cost(n, x, f)
  use pts
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  type(point), allocatable :: p(:)
  type(vec), allocatable :: w(:, :)
  integer :: i, j
  call build(n, x, p)
  f = total(p)
  call grow(p, x(1))
  f = f + total(p) * p(lbound(p, 1))%x
  call to_module(p)
  f = f + sum(cloud%x) * ubound(cloud, 1)
  allocate(w(2, 0:1))
  do j = 0, 1
    do i = 1, 2
      w(i, j)%v = x(i + j) * cloud(i + j)%g%v
    end do
  end do
  f = f + sum(w(2, :)%v(1) * w(1, :)%v(2)) + size(w, 2) * w(2, 1)%tag
  deallocate(p)
  if (.not. allocated(p)) f = f * 1.5d0
end subroutine
