! A non-contiguous section passed to a function must go to an INTENT(IN) dummy: the copy back
! after a function reference is not supported.
module m
contains
  function f(a) result(r)
    real(8) :: a(:)
    real(8) :: r
    a(1) = 1
    r = sum(a)
  end function f
end module m
subroutine t(x, y)
  use m
  real(8) x(3, 3), y
  y = f(x(1, :))
end subroutine t
