! A kernel whose checkpointed call saves ALLOCATABLE arrays in its snapshot: a local allocated
! by the caller, and a structure's ALLOCATABLE component that the first call allocates (so the
! first snapshot holds its status and bounds only, the later ones its values too).
module tk_m
  implicit none
  type state
    real(8), allocatable :: u(:)
    integer :: n
  end type
contains
  subroutine work(a, s, x)
    real(8), allocatable, intent(inout) :: a(:)
    type(state), intent(inout) :: s
    real(8), intent(in) :: x(:)
    integer :: i, k
    real(8) :: t
    if (.not. allocated(s%u)) allocate(s%u(size(x)))
    do i = 1, size(a)
      t = a(i)
      do k = 1, 20
        t = sin(t) + 0.5d0 * cos(t) * x(mod(i, size(x)) + 1)
      end do
      a(i) = t
      s%u(mod(i, size(s%u)) + 1) = s%u(mod(i, size(s%u)) + 1) + t
    end do
  end subroutine
end module

subroutine cost(n, x, f)
  use tk_m
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: a(:)
  type(state) :: s
  integer :: k
  allocate(a(3 * n))
  a = 1
  do k = 1, 6
    call work(a, s, x)
  end do
  f = sum(a) + sum(s%u**2)
end subroutine
