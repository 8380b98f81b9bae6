! stad: --head 'cost(f)/(x)' --set n=6
! WHERE, FORALL and an internal procedure on allocatables (a local one and module state).
module st
  implicit none
  real(8), allocatable :: g(:)
end module
subroutine cost(n, x, f)
  use st
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8), allocatable :: w(:)
  integer :: i
  allocate(w(n), g(n))
  w(:) = x - 0.3d0
  where (x > 0.3d0)
    w = sqrt(w)
  elsewhere
    w = w**2
  end where
  forall (i = 1:n) g(i) = w(i) * x(i)
  call acc()
  f = sum(g * w)
  deallocate(w, g)
contains
  subroutine acc()
    integer :: j
    do j = 1, n
      g(j) = g(j) + cos(g(j))
    end do
  end subroutine
end subroutine
