! PUBLIC and PRIVATE: a module that is PRIVATE by default and makes some names PUBLIC, one that
! marks names PRIVATE by attribute and by statement. Both have a private variable `tmp` and a
! private subroutine `helper`: they do not clash with each other, nor with the main program's
! own `tmp` (a private name is not visible to users, so the user may declare its own).
module access_a
  implicit none
  private
  real(8) :: tmp = 1.0d0
  real(8), public :: shared_a = 2.0d0
  public :: fa
contains
  subroutine helper(x)
    real(8), intent(inout) :: x
    tmp = tmp + x
    x = x * tmp
  end subroutine helper

  real(8) function fa(x)
    real(8), intent(in) :: x
    real(8) :: y
    y = x
    call helper(y)
    fa = y + shared_a
  end function fa
end module access_a

module access_b
  implicit none
  public
  real(8), private :: tmp = 3.0d0
  real(8) :: shared_b = 4.0d0
  private :: helper
contains
  subroutine helper(x)
    real(8), intent(inout) :: x
    tmp = tmp * 0.5d0
    x = x - tmp
  end subroutine helper

  real(8) function fb(x)
    real(8), intent(in) :: x
    real(8) :: y
    y = x
    call helper(y)
    fb = y * shared_b
  end function fb
end module access_b

program access_private_modules
  use access_a
  use access_b
  implicit none
  real(8) :: tmp, r(4)
  tmp = 10.0d0
  r(1) = fa(1.5d0)
  r(2) = fb(2.5d0)
  r(3) = fa(0.5d0)
  r(4) = fb(1.0d0)
  call helper(tmp)
  print *, r(1), r(2), r(3), r(4), tmp, shared_a, shared_b
end program access_private_modules

! An external subroutine of the same name as the modules' private ones: the main program's
! CALL helper finds this one.
subroutine helper(x)
  implicit none
  real(8), intent(inout) :: x
  x = x + 100.0d0
end subroutine helper
