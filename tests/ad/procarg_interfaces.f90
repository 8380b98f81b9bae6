! stad: --head 'cost(v)/(p x)'
! Procedure arguments, F90 style: PROCEDURE(func) dummies with an ABSTRACT INTERFACE, a dummy
! declared by an interface body, a procedure passed by keyword, a module procedure of another
! module passed through a PRIVATE-by-default module, a function without RESULT (the copy's
! result is renamed with it) and one with RESULT, an internal procedure of the callee using the
! dummy by host association, an internal procedure of the head given a procedure, and a dummy
! passed on two levels down (each copy is specialised in turn).
module quad
  implicit none
  private
  public :: trap, func, golden
  abstract interface
    real(8) function func(x, p)
      real(8), intent(in) :: x, p
    end function
  end interface
contains
  real(8) function trap(f, a, b, p, n)
    procedure(func) :: f
    real(8), intent(in) :: a, b, p
    integer, intent(in) :: n
    integer :: i
    real(8) :: h
    h = (b - a)/n
    trap = 0.5d0*(f(a, p) + f(b, p))
    do i = 1, n - 1
      trap = trap + f(a + i*h, p)
    end do
    trap = trap*h
  end function
  function golden(g, a, b, p) result(xm)
    procedure(func) :: g
    real(8), intent(in) :: a, b, p
    real(8) :: xm, lo, hi, x1, x2
    integer :: k
    lo = a
    hi = b
    do k = 1, 12
      call probe()
    end do
    xm = 0.5d0*(lo + hi) + trap(g, lo, hi, p, 4)
  contains
    subroutine probe()
      x1 = hi - 0.618d0*(hi - lo)
      x2 = lo + 0.618d0*(hi - lo)
      if (g(x1, p) < g(x2, p)) then
        hi = x2
      else
        lo = x1
      end if
    end subroutine
  end function
end module quad

module funcs
  implicit none
contains
  real(8) function bell(x, p)
    real(8), intent(in) :: x, p
    bell = exp(-p*x**2)
  end function
  real(8) function well(x, p)
    real(8), intent(in) :: x, p
    well = (x - p)**2 + 0.1d0*sin(3*x)
  end function
  subroutine apply(h, x, y)
    interface
      subroutine h(t, u)
        real(8), intent(in) :: t
        real(8), intent(out) :: u
      end subroutine
    end interface
    real(8), intent(in) :: x
    real(8), intent(inout) :: y
    real(8) :: u
    call h(x, u)
    y = y + u*x
  end subroutine
  subroutine sq(t, u)
    real(8), intent(in) :: t
    real(8), intent(out) :: u
    u = t*t
  end subroutine
end module funcs

subroutine cost(p, x, v)
  use quad, only: trap, golden, func
  use funcs
  implicit none
  real(8), intent(in) :: p, x
  real(8), intent(out) :: v
  v = trap(bell, 0d0, x, p, 20) + trap(a=0d0, b=1d0, p=x, n=10, f=well)
  v = v + golden(well, 0d0, 2d0, p)
  call apply(sq, x*p, v)
  call each(bell, v)
contains
  subroutine each(f, w)
    procedure(func) :: f
    real(8), intent(inout) :: w
    w = w + f(p, x)*w
  end subroutine
end subroutine cost
