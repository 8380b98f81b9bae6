! Procedure arguments stad refuses, one located error each: an internal procedure passed as an
! argument, a procedure passed to a routine with a variable of the same name (its own, or one of
! its module), a call passing a variable where a procedure is wanted, and a routine with a
! procedure dummy that no call passes a procedure (a head cannot take one).
module pm
  implicit none
  real(8) :: ext(2) = 1d0
  abstract interface
    real(8) function fn(x)
      real(8), intent(in) :: x
    end function
  end interface
contains
  real(8) function sq(x)
    real(8), intent(in) :: x
    sq = x*x
  end function
  real(8) function twice(f, x)
    procedure(fn) :: f
    real(8), intent(in) :: x
    real(8) :: sq
    sq = 2
    twice = sq*f(x)
  end function
  real(8) function once(f, x)
    procedure(fn) :: f
    real(8), intent(in) :: x
    once = f(x)
  end function
end module pm

subroutine user(x, y)
  use pm, only: twice, once, sq
  implicit none
  real(8), external :: ext
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: z
  y = twice(sq, x) + once(cube, x) + once(z, x) + once(ext, x)
contains
  real(8) function cube(t)
    real(8), intent(in) :: t
    cube = t**3
  end function
end subroutine user

subroutine lonely(g, x)
  real(8), external :: g
  real(8), intent(inout) :: x
  x = g(x)
end subroutine lonely

real(8) function ext(x)
  real(8), intent(in) :: x
  ext = 2*x
end function ext
