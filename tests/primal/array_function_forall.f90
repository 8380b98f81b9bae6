! A PURE array-valued FUNCTION of the FORALL index (called in each iteration), in an implied DO
! of a constructor (each iteration), in a WHERE body.
module m5
  implicit none
contains
  pure function dbl(x) result(y)
    real(8), intent(in) :: x(:)
    real(8) :: y(size(x))
    y = 2 * x
  end function
end module
program p
  use m5
  implicit none
  real(8) :: x(4), a(3), c(3)
  integer :: i
  x = [1d0, 2d0, 3d0, 4d0]
  forall (i = 1:3) a(i) = sum(dbl(x(i:i+1)))
  print *, a
  c = [(sum(dbl(x(i:i+1))), i = 1, 3)]
  print *, c
  where (a > 7) a = a + sum(dbl(x))
  print *, a
end program
