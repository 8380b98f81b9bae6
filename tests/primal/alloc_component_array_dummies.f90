! Arrays of a type with ALLOCATABLE components as dummy arguments (rank 1, explicit bounds): a
! callee allocating, reallocating and filling its elements' components (the caller's array has
! other bounds, more or fewer elements than the dummy), a function reading them through a dummy
! of other bounds, an INTENT(OUT) dummy (every component deallocated on entry); SIZE, LBOUND,
! UBOUND, SHAPE of such arrays (whose components are all ALLOCATABLE or not).
module cdm
  implicit none
  type cell
    real(8) :: w
    real(8), allocatable :: u(:), h(:, :)
    integer :: k
  end type
  type hold
    real(8), allocatable :: v(:)
  end type
contains
  subroutine fill(cs, n, c)
    integer, intent(in) :: n
    type(cell), intent(inout) :: cs(n)
    real(8), intent(in) :: c
    integer :: i, j
    do i = 1, n
      if (allocated(cs(i)%u)) deallocate(cs(i)%u)
      allocate(cs(i)%u(0:i + 1))
      do j = 0, i + 1
        cs(i)%u(j) = c * (i + j)
      end do
      cs(i)%w = c + i
      cs(i)%k = i
    end do
    if (.not. allocated(cs(n)%h)) allocate(cs(n)%h(2, 2))
    cs(n)%h = c
  end subroutine
  real(8) function total(cs, lo)
    integer, intent(in) :: lo
    type(cell), intent(in) :: cs(lo:lo + 2)
    integer :: i
    total = 0
    do i = lo, lo + 2
      if (allocated(cs(i)%u)) total = total + sum(cs(i)%u) * cs(i)%w + lbound(cs(i)%u, 1) + ubound(cs(i)%u, 1)
      if (allocated(cs(i)%h)) total = total + sum(cs(i)%h) * 10
    end do
  end function
  subroutine reset(cs)
    type(cell), intent(out) :: cs(3)
    allocate(cs(2)%u(5))
    cs(2)%u = 1
    cs%w = 0
  end subroutine
end module
program cd1
  use cdm
  implicit none
  type(cell) :: a(0:2), b(3)
  type(hold) :: c(-1:3)
  allocate(a(0)%u(7))
  a(0)%u = 2
  a(0)%w = 1
  print *, total(a, 0), total(a, -4)
  call fill(a, 3, 0.5d0)
  print *, total(a, 0), a(1)%u, a(2)%h
  call fill(b, 2, 1.5d0)
  print *, total(b, 1), allocated(b(3)%u), b(1)%u
  call fill(b, 3, 2d0)
  print *, total(b, 1), size(b(3)%u)
  call reset(b)
  print *, total(b, 7), allocated(b(1)%u), allocated(b(3)%h)
  print *, size(a), lbound(a, 1), ubound(a), shape(b), size(c), lbound(c), ubound(c, 1)
end program
