! stad: --head 'cost(f)/(x)' --set n=5
! ALLOCATABLE components of derived types in differentiated code: a callee that allocates the
! components of its INTENT(OUT) structure, one that reallocates a component (deallocating it
! first, other bounds each time) and one that grows a component through an ALLOCATABLE dummy,
! each at a call site in every checkpoint configuration; sections and array syntax on the
! components; whole-structure assignment (deep copy, reallocating the target's components) of
! locals and of a module variable; a function reading a structure.
module acomp
  implicit none
  type grid
    integer :: m
    real(8), allocatable :: w(:)
  end type
  type state
    real(8), allocatable :: u(:), h(:, :)
    integer :: n
    type(grid) :: g
  end type
  type(state) :: saved
contains
  subroutine setup(s, n, x)
    type(state), intent(out) :: s
    integer, intent(in) :: n
    real(8), intent(in) :: x(:)
    integer :: i
    s%n = n
    allocate(s%u(0:n - 1), s%h(2, n))
    do i = 0, n - 1
      s%u(i) = x(i + 1) * (i + 1)
    end do
    s%h(1, :) = sin(s%u)
    s%h(2, :) = s%u * s%h(1, :)
  end subroutine

  subroutine step(s, k, x)
    type(state), intent(inout) :: s
    integer, intent(in) :: k
    real(8), intent(in) :: x(:)
    integer :: i
    if (allocated(s%g%w)) deallocate(s%g%w)
    allocate(s%g%w(k + 1))
    do i = 1, k + 1
      s%g%w(i) = s%u(mod(i, s%n)) * x(mod(i + k, size(x)) + 1)
    end do
    s%u(1:s%n - 1) = s%u(0:s%n - 2) * 0.5d0 + s%h(2, 2:s%n) * s%u(1:s%n - 1)
    s%h(:, 1) = s%h(:, 1) + sum(s%g%w)
  end subroutine

  subroutine grow(a, x)
    real(8), allocatable, intent(inout) :: a(:)
    real(8), intent(in) :: x(:)
    real(8), allocatable :: t(:)
    allocate(t(size(a) + 2))
    t(1:size(a)) = a * x(1)
    t(size(a) + 1:) = x(2:3)
    deallocate(a)
    allocate(a(size(t)))
    a = t * t
  end subroutine

  real(8) function total(s)
    type(state), intent(in) :: s
    total = sum(s%u * s%u) + sum(s%h(2, :))
    if (allocated(s%g%w)) total = total + sum(s%g%w) * s%g%w(1)
  end function
end module

subroutine cost(n, x, f)
  use acomp
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  type(state) :: a, b
  integer :: k
  f = 0
  call setup(a, n, x)
  do k = 1, 3
    call step(a, k, x)
    b = a
    call grow(b%g%w, x)
    f = f + total(b) * 0.1d0 + b%g%w(size(b%g%w))
  end do
  saved = b
  call setup(a, n - 1, x(2:n))
  b = a
  f = f + total(b) + sum(saved%u(1:2) * a%u(0:1)) + saved%h(1, 2)
  deallocate(saved%u)
end subroutine
