! stad: --head 'cellcost(f)/(base w)'
! An array of structures with an ALLOCATABLE component, INTENT(OUT) in the first call: the
! snapshot before that call pushes the component's values under its status, false there; gcc
! -O2 -Wall saw the NULL pointer but not the false status and warned (-Wnonnull; a new user's
! trial). run_ad.sh builds the generated C with -Wall -Wextra and wants no warning.
module mesh
  implicit none
  type cell
    real(8), allocatable :: u(:)
    real(8) :: area
    integer :: np
  end type
contains
  subroutine build(nc, cs, base)
    integer, intent(in) :: nc
    type(cell), intent(out) :: cs(nc)
    real(8), intent(in) :: base(:)
    integer :: i
    do i = 1, nc
      cs(i)%np = i + 1
      allocate(cs(i)%u(0:cs(i)%np - 1))
      cs(i)%u = base(i) + 0.1d0*base(i)**2
      cs(i)%area = 1d0/i
    end do
  end subroutine
  subroutine relax(nc, cs, w)
    integer, intent(in) :: nc
    type(cell), intent(inout) :: cs(nc)
    real(8), intent(in) :: w
    integer :: i, j
    do i = 1, nc
      do j = lbound(cs(i)%u, 1) + 1, ubound(cs(i)%u, 1)
        cs(i)%u(j) = (1 - w)*cs(i)%u(j) + w*cs(i)%u(j - 1)**2
      end do
    end do
  end subroutine
  real(8) function mass(nc, cs)
    integer, intent(in) :: nc
    type(cell), intent(in) :: cs(nc)
    integer :: i
    mass = 0
    do i = 1, nc
      mass = mass + cs(i)%area*sum(cs(i)%u)
    end do
  end function
end module

subroutine cellcost(base, w, f)
  use mesh
  implicit none
  real(8), intent(in) :: base(4), w
  real(8), intent(out) :: f
  type(cell) :: cs(4)
  integer :: it
  call build(4, cs, base)
  do it = 1, 3
    call relax(4, cs, w)
  end do
  f = mass(4, cs)
end subroutine
