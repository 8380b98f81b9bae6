! stad: --head 'chain(e)/(x0)' --fortran-abi
! An ALLOCATABLE module array of derived type under --fortran-abi: refused once, at its
! declaration, not once for the structure and once more for each of its components (a new
! user's trial found five errors for this one declaration).
module bad_abi_alloc_types_state
  implicit none
  type particle
    real(8) :: x, v
    real(8) :: f(2)
    integer :: id
  end type
  type(particle), allocatable :: cloud(:)
end module
subroutine chain(x0, e)
  use bad_abi_alloc_types_state
  implicit none
  real(8), intent(in) :: x0(3)
  real(8), intent(out) :: e
  integer :: i
  if (allocated(cloud)) deallocate(cloud)
  allocate(cloud(3))
  do i = 1, 3
    cloud(i)%x = x0(i)
    cloud(i)%v = 0
    cloud(i)%f = x0(i)
    cloud(i)%id = i
  end do
  e = sum(cloud%x * cloud%f(1))
end subroutine
