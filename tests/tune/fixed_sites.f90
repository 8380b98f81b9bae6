! stad tune on a call tree with a site the switchable build cannot switch: the call that
! allocates the module array c (its checkpoint would have to restore an allocation) stays off
! in every configuration tune draws or enumerates (tests/tune/run_fixed.sh).
module fx_m
  implicit none
  real(8), allocatable :: c(:)
contains
  subroutine fx_init(n, x)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    if (allocated(c)) deallocate(c)
    allocate(c(n))
    c = x
  end subroutine
  subroutine fx_smooth(n)
    integer, intent(in) :: n
    integer :: i, k
    do k = 1, 20
      do i = 2, n - 1
        c(i) = c(i) + 0.1d0 * sin(c(i - 1) - c(i + 1))
      end do
    end do
  end subroutine
  subroutine fx_decay(n)
    integer, intent(in) :: n
    c(1:n) = c(1:n) * exp(-0.01d0 * c(1:n))
  end subroutine
end module

subroutine fx_cost(n, x, f)
  use fx_m
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  integer :: t
  call fx_init(n, x)
  do t = 1, 10
    call fx_smooth(n)
    call fx_decay(n)
  end do
  f = sum(c**2)
end subroutine
