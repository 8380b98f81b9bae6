! A WHERE mask that reads what the WHERE assigns must be stored first, in a temporary shaped on
! entry: an ALLOCATABLE's bounds are not known then, so it is refused, located.
subroutine cost(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:)
  allocate(w(n))
  w(:) = x - 0.3d0
  where (w > 0)
    w = sqrt(w)
  elsewhere
    w = w**2
  end where
  f = sum(w)
end subroutine
