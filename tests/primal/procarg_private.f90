! A PRIVATE module procedure passed as an actual argument to a routine of another module, which
! passes it on: legal Fortran (the callee calls it through its dummy), refused before with "'sq'
! is not an array, a function in the given files, or a supported intrinsic" (a new user's trial).
! The copies of twice and simpson must call phys's private sq and wave.
module quadlib
  implicit none
  abstract interface
    real(8) function fn(x)
      real(8), intent(in) :: x
    end function
  end interface
contains
  real(8) function twice(f, x)
    procedure(fn) :: f
    real(8), intent(in) :: x
    twice = f(f(x)) + simpson(f, 0d0, x)
  end function
  real(8) function simpson(g, a, b)
    procedure(fn) :: g
    real(8), intent(in) :: a, b
    simpson = (b - a)/6*(g(a) + 4*g(0.5d0*(a + b)) + g(b))
  end function
end module

module phys
  use quadlib
  implicit none
  private
  public :: work
contains
  real(8) function sq(x)
    real(8), intent(in) :: x
    sq = x*x
  end function
  real(8) function wave(x)
    real(8), intent(in) :: x
    wave = sin(2*x) + x
  end function
  subroutine work(x, y)
    real(8), intent(in) :: x
    real(8), intent(out) :: y
    y = twice(sq, x) + 0.5d0*twice(wave, x) + simpson(wave, x, 2*x)
  end subroutine
end module

program procarg_private
  use phys
  implicit none
  real(8) :: y
  call work(0.7d0, y)
  print '(es24.16)', y
  call work(1.3d0, y)
  print '(es24.16)', y
end program
