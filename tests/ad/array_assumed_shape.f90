! stad: --head 'f(y)/(x, m)' --set n=6
! Assumed-shape dummies of module procedures (a smoothing step on a section of whatever it is
! given, a function reducing a rank-2 array), called with whole arrays, contiguous sections, a
! strided negative-stride section and a row (copied in and out): call sites in every
! checkpoint configuration, the derivative copying as the primal does.
module kern
  implicit none
contains
  subroutine smooth(u, c)
    real(8), intent(inout) :: u(:)
    real(8), intent(in) :: c
    u(2:size(u)-1) = u(2:size(u)-1) + c * (u(1:size(u)-2) - 2 * u(2:size(u)-1) + u(3:size(u)))
  end subroutine smooth
  function energy(a) result(e)
    real(8), intent(in) :: a(:, :)
    real(8) :: e
    e = sum(a * a) + maxval(a(:, 1)) * size(a, 2)
  end function energy
end module kern

subroutine f(n, x, m, y)
  use kern
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), m(3, 4)
  real(8), intent(out) :: y
  real(8) :: u(n), w(3, 4)
  u = x
  w = m
  call smooth(u, 0.2d0)
  call smooth(u(2:n), 0.1d0)
  call smooth(u(n:1:-2), 0.3d0)
  call smooth(w(2, :), 0.25d0)
  call smooth(w(:, 3), 0.5d0)
  y = energy(w) + energy(w(2:3, 1:4:3)) + sum(u * x)
end subroutine f
