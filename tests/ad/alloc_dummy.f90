! stad: --head 'cost(f)/(x)' --set n=5
! ALLOCATABLE dummies in differentiated code: a callee that allocates its INTENT(INOUT) dummy
! (deallocating it first when allocated, with other bounds each time), one whose INTENT(OUT)
! dummy is deallocated on entry and allocated again, one that only reads it, each at a call
! site in every checkpoint configuration, one that passes its dummy on to another, and a function
! reading one.
module adum
  implicit none
contains
  subroutine grow(a, m, x)
    real(8), allocatable, intent(inout) :: a(:)
    integer, intent(in) :: m
    real(8), intent(in) :: x(:)
    integer :: i
    if (allocated(a)) deallocate(a)
    allocate(a(0:m))
    do i = 0, m
      a(i) = x(mod(i, size(x)) + 1) * (i + 1)
    end do
  end subroutine

  subroutine fresh(b, m, x)
    real(8), allocatable, intent(out) :: b(:, :)
    integer, intent(in) :: m
    real(8), intent(in) :: x(:)
    integer :: j
    allocate(b(m, 2))
    do j = 1, m
      b(j, 1) = sin(x(j))
      b(j, 2) = x(j) * b(j, 1)
    end do
  end subroutine

  subroutine use(a, s)
    real(8), allocatable, intent(in) :: a(:)
    real(8), intent(inout) :: s
    if (allocated(a)) s = s + sum(a * a) * lbound(a, 1) + size(a)
  end subroutine

  real(8) function total(a)
    real(8), allocatable, intent(in) :: a(:)
    total = sum(a * a)
  end function

  subroutine pass(a, m, x)
    real(8), allocatable, intent(inout) :: a(:)
    integer, intent(in) :: m
    real(8), intent(in) :: x(:)
    call grow(a, m, x)
    a = a * x(1)
  end subroutine
end module

subroutine cost(n, x, f)
  use adum
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: a(:), b(:, :)
  integer :: k
  f = 0
  call use(a, f)
  do k = 1, 3
    call grow(a, n + k, x)
    call use(a, f)
    call fresh(b, n - k + 1, x)
    f = f + sum(b(:, 2)) * a(1)
  end do
  call pass(a, 2, x)
  call use(a, f)
  f = f + b(1, 1) * a(2) + total(a)
  deallocate(b)
end subroutine
