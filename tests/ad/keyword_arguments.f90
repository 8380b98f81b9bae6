! stad: --head 'f(y)/(x)' --set n=4
! Keyword arguments in calls of a module subroutine and function and of an internal procedure:
! the actuals, active or not, go to the dummies they name, derivatives with them.
module kwa
  implicit none
contains
  subroutine blend(a, b, w, out)
    real(8), intent(in) :: a, b, w
    real(8), intent(out) :: out
    out = w * a * b + (1 - w) * sin(b)
  end subroutine blend
  real(8) function lin(x, slope, shift)
    real(8), intent(in) :: x, slope, shift
    lin = slope * x ** 2 + shift
  end function lin
end module kwa

subroutine f(n, x, y)
  use kwa
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: r
  call blend(x(1), x(2), out=r, w=0.25d0)
  call blend(b=r, a=x(3), out=y, w=x(4))
  y = y + lin(x(2), shift=r, slope=x(1)) + lin(shift=1d0, x=y, slope=0.5d0)
  call twist(scale=x(3), v=y)
contains
  subroutine twist(v, scale)
    real(8), intent(inout) :: v
    real(8), intent(in) :: scale
    v = v * scale + r * x(n)
  end subroutine twist
end subroutine f
