! Procedure pointers and OPTIONAL procedure dummies are refused, located, with what to write.
module pd
  implicit none
  abstract interface
    real(8) function fn(x)
      real(8), intent(in) :: x
    end function
  end interface
contains
  subroutine ptr(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    procedure(fn), pointer :: p
    y = x
  end subroutine
  subroutine opt(x, y, g)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    procedure(fn), optional :: g
    y = x
  end subroutine
end module pd
