! What would make stad's copies of a routine taking a procedure differ from the one routine
! Fortran has, refused at the call, one error each (each was a silently wrong result, found by a
! new user's trial): a routine keeping values between calls (SAVE) passed two procedures; a call
! of the procedure argument with keywords (the interface's names, not the procedure's); a
! procedure passed into a module that has its own procedure of that name.
module quadlib
  implicit none
  abstract interface
    real(8) function model(t, p)
      real(8), intent(in) :: t, p
    end function model
  end interface
contains
  real(8) function weight(x)
    real(8), intent(in) :: x
    weight = 1d0
  end function weight
  real(8) function integ(f, a, b)
    procedure(model) :: f
    real(8), intent(in) :: a, b
    integ = 0.5d0 * (b - a) * (f(a, 1d0) * weight(a) + f(b, 1d0) * weight(b))
  end function integ
  real(8) function apply(f, a, b)
    procedure(model) :: f
    real(8), intent(in) :: a, b
    apply = f(t=a, p=b)
  end function apply
  real(8) function counted(f, a)
    procedure(model) :: f
    real(8), intent(in) :: a
    integer, save :: ncalls = 0
    ncalls = ncalls + 1
    counted = f(a, 1d0) * ncalls
  end function counted
end module quadlib

module physics
  implicit none
contains
  real(8) function weight(x, p)
    real(8), intent(in) :: x, p
    weight = p * x**3
  end function weight
  real(8) function power(p, t)
    real(8), intent(in) :: p, t
    power = p**3 * t
  end function power
  real(8) function decay(t, p)
    real(8), intent(in) :: t, p
    decay = exp(-p * t)
  end function decay
end module physics

subroutine uses(a, r)
  use quadlib, only: integ, apply, counted
  use physics, only: weight, power, decay
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: r
  r = integ(weight, 0d0, a)
  r = r + apply(power, a, 2d0)
  r = r + counted(power, a) + counted(decay, a)
end subroutine uses
