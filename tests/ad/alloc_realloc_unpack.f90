! stad: --head 'cost(f)/(x)' --set n=5
! Automatic reallocation on whole-array assignment (an ALLOCATABLE local and an ALLOCATABLE
! dummy given other sizes in loops, at a call site in every checkpoint configuration, a value
! that reads the array itself: appending in a loop, a shifted product), internal
! procedures that allocate and use their host's ALLOCATABLE array, and UNPACK with an array
! FIELD and a scalar one (the result reallocating an ALLOCATABLE), and reversed sections of an
! array sized by a dummy as its VECTOR and FIELD (refused as 'shape not known on entry' in s17).
module rdum
  implicit none
contains
  subroutine stretch(a, m, x)
    real(8), allocatable, intent(inout) :: a(:)
    integer, intent(in) :: m
    real(8), intent(in) :: x(:)
    real(8), allocatable :: t(:)
    t = x(1:m) * 2 + 1
    a = sin(t) * x(m)
  end subroutine
end module

subroutine cost(n, x, f)
  use rdum
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:), v(:)
  real(8) :: u(n)
  logical :: msk(n)
  integer :: i, k
  f = 0
  do k = 1, 3
    v = x(k:n) * x(1)
    call stretch(w, n - k + 1, x)
    f = f + sum(v * w(1:size(v))) + w(1)
  end do
  do k = n, 2, -2
    w = x(1:k) ** 2
    f = f + sum(w) * w(k)
  end do
  call make(n - 1)
  call smooth()
  do i = 1, size(w)
    f = f + w(i)**2
  end do
  do i = 1, n
    msk(i) = mod(i, 2) == 1
  end do
  v = x(1:2)
  do k = 3, n
    v = [v * 0.5d0, x(k)]
  end do
  f = f + sum(v * v)
  v = v(2:) * v(:n - 1)
  f = f + sum(v)
  u = unpack(x * 3, msk, x ** 2)
  f = f + sum(u * u)
  v = unpack(sin(x), .not. msk, f)
  f = f + sum(v * x)
  u = unpack(x(n:1:-1), msk, x(n:1:-1) * 2)
  f = f + sum(u * x)
contains
  subroutine make(m)
    integer, intent(in) :: m
    integer :: j
    if (allocated(w)) deallocate(w)
    allocate(w(m))
    do j = 1, m
      w(j) = x(mod(j, n) + 1) * j
    end do
  end subroutine
  subroutine smooth()
    integer :: j
    do j = 2, size(w)
      w(j) = w(j) + sin(w(j-1))
    end do
  end subroutine
end subroutine
