! stad: --head 'cost(f)/(x)' --set n=6
! A WHERE whose mask is an ALLOCATABLE LOGICAL array, and FORALL on an allocatable.
subroutine cost(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:)
  logical, allocatable :: m(:)
  integer :: i
  allocate(w(n), m(n))
  w(:) = x - 0.3d0
  m(:) = w > 0
  where (m)
    w = sqrt(w)
  elsewhere
    w = w**2
  end where
  forall (i = 2:n) w(i) = w(i) * x(i)
  f = sum(w * x)
end subroutine
