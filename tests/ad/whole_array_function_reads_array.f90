! stad: --head 'h(y)/(x)'
! Functions referenced in whole-array assignments that read the assigned array through their
! module: one value for every element, computed before any element changes (found by tests/gen).
module m
  implicit none
  real(8) :: g(3)
contains
  real(8) function fsum()
    fsum = g(1) + g(2) * g(3)
  end function fsum
  real(8) function gat(i)
    integer, intent(in) :: i
    gat = sin(g(i))
  end function gat
end module m

subroutine h(x, y)
  use m
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y(3)
  g = x
  g = g + fsum()
  g = g * gat(1) - gat(3)
  y = g
end subroutine h
