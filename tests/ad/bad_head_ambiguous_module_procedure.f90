! stad: --head 'work(y)/(x)'
! Two modules each have a procedure 'work' (legal Fortran: each module is its own scope):
! --head cannot tell which one to differentiate, and says so.
module bad_head_amb_m1
  implicit none
contains
  subroutine work(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    y = x * 2
  end subroutine work
end module bad_head_amb_m1

module bad_head_amb_m2
  implicit none
contains
  subroutine work(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    y = x * 3
  end subroutine work
end module bad_head_amb_m2
