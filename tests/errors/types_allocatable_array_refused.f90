! An ALLOCATABLE array of a derived type is not supported yet: one error naming the array (not
! one per component, nor the words of a plain deferred-shape local), saying what to write.
module m
  type point
    real(8) :: x, y
  end type
contains
  subroutine f(a, n, c)
    integer, intent(in) :: n
    real(8), intent(in) :: a(n)
    real(8), intent(out) :: c
    type(point), allocatable :: p(:)
    allocate(p(n))
    p%x = a
    p%y = a**2
    c = sum(p%x * p%y)
  end subroutine
end module
