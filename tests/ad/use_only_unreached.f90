! stad: --head 'cost(y)/(x)'
! A USE ONLY list naming module procedures the head never reaches (set-up routines, one through
! a second module and a rename): they are pruned before sema, and the ONLY list was refused
! ('setup' is not a variable, constant or procedure of module 'm1'; s19 trial C F2).
module uo_m0
  implicit none
contains
  subroutine deep_setup(x)
    real(8), intent(out) :: x
    x = 2d0
  end subroutine
end module
module uo_m1
  use uo_m0
  implicit none
  private :: hidden
contains
  subroutine setup(x)
    real(8), intent(out) :: x
    x = 1d0
  end subroutine
  subroutine hidden(x)
    real(8), intent(out) :: x
    x = 1d0
  end subroutine
  subroutine f(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    y = x**2 * sin(x)
  end subroutine
end module
module uo_m2
  use uo_m1, only: setup, f, ds => deep_setup
  implicit none
contains
  subroutine cost(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    call f(x, y)
  end subroutine
  subroutine init(x)
    real(8), intent(out) :: x
    call setup(x)
    call ds(x)
  end subroutine
end module
