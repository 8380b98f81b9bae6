! stad: --head 'cost(f)/(x)' --set n=4
! A routine whose only derivative work is to ALLOCATE an active module array (no active
! assignment in it): the tangent must still call its derivative version, which allocates the
! derivative array alongside (found: the tangent called the primal and wrote through NULL).
module alloc_init_state
  implicit none
  real(8), allocatable :: u(:)
contains
  subroutine init(n)
    integer, intent(in) :: n
    if (.not. allocated(u)) allocate(u(n))
  end subroutine
end module

subroutine cost(n, x, f)
  use alloc_init_state
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  call init(n)
  u(:) = x * x
  f = sum(sin(u))
end subroutine
