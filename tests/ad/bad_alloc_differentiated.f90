! stad: --head 'cost(f)/(x)'
! ALLOCATE in a routine the head reaches is not differentiated yet: refused, located, with what
! to write instead (the primal of such a routine is supported).
subroutine cost(n, x, f)
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:)
  allocate(w(n))
  w(:) = x * x
  f = sum(w)
  deallocate(w)
end subroutine
