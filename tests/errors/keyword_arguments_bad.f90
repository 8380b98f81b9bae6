! Keyword arguments of user procedures: a name that is no dummy, a dummy given twice, a
! positional argument after a keyword, a dummy not given (not OPTIONAL), a call of
! an external procedure (no explicit interface) and of a generic name.
module kwb
  implicit none
  interface both
    module procedure one, two
  end interface both
contains
  subroutine one(a, b)
    real(8), intent(inout) :: a, b
    a = a + b
  end subroutine one
  subroutine two(a)
    real(8), intent(inout) :: a
    a = 2 * a
  end subroutine two
end module kwb

subroutine ext(p)
  real(8) :: p
  p = 1
end subroutine ext

subroutine t(x, y)
  use kwb
  real(8) :: x, y
  call one(x, c=y)
  call one(a=x, a=y)
  call one(b=y, x)
  call one(b=y)
  call ext(p=x)
  call both(a=x)
end subroutine t
