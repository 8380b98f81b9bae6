! A procedure pointer is refused once, at its declaration, and its pointer assignment
! `g => sq` adds no "pointers are not supported" (a new user's trial got two errors).
module fns
  implicit none
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
  subroutine pick(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    procedure(fn), pointer :: g => null()
    g => sq
    y = g(x)
  end subroutine
end module
