! stad: --head 'cost(f)/(x)' --set n=4
! Arrays of a type with ALLOCATABLE components as dummy arguments (rank 1, explicit bounds, any
! lower bound), at call sites in every checkpoint configuration: a callee allocates (and, the
! second time, reallocates larger) its elements' components from active values, one reads them
! through a dummy of other bounds, an INTENT(OUT) one starts with every component deallocated.
module slabd
  implicit none
  type cell
    real(8) :: w
    real(8), allocatable :: u(:)
  end type
contains
  subroutine fill(cs, m, x, n)
    integer, intent(in) :: m, n
    type(cell), intent(inout) :: cs(m)
    real(8), intent(in) :: x(n)
    integer :: i, j
    do i = 1, m
      if (allocated(cs(i)%u)) deallocate(cs(i)%u)
      allocate(cs(i)%u(0:i + m - 2))
      do j = 0, i + m - 2
        cs(i)%u(j) = sin(x(mod(i + j, n) + 1)) * (j + 1)
      end do
      cs(i)%w = x(i) ** 2
    end do
  end subroutine

  real(8) function total(cs, lo)
    integer, intent(in) :: lo
    type(cell), intent(in) :: cs(lo:lo + 2)
    integer :: i
    total = 0
    do i = lo, lo + 2
      if (allocated(cs(i)%u)) total = total + sum(cs(i)%u ** 2) * cs(i)%w + ubound(cs(i)%u, 1)
    end do
  end function

  subroutine restart(cs, x)
    type(cell), intent(out) :: cs(3)
    real(8), intent(in) :: x(:)
    allocate(cs(3)%u(size(x)))
    cs(3)%u = x * x(1)
    cs%w = x(2)
  end subroutine
end module

subroutine cost(n, x, f)
  use slabd
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  type(cell) :: a(0:2)
  call fill(a, 2, x, n)
  f = total(a, 5)
  call fill(a, 3, x, n)
  f = f + total(a, 0) * a(2)%u(3)
  call restart(a, x)
  f = f + total(a, 1) + a(2)%w
end subroutine
