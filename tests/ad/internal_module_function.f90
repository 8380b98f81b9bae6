! stad: --head 'top(y)/(x)'
! Internal procedures of a module function with an assumed-shape dummy x(:, :): they use its
! hidden extents, an automatic array t sized by them and a dummy, the function result y, a
! PARAMETER array and a module variable of the host; the function is called on a whole array
! and on a section.
module m
  implicit none
  real(8) :: scale = 2d0
contains
  function f(n, x) result(y)
    integer, intent(in) :: n
    real(8), intent(in) :: x(:, :)
    real(8) :: y
    real(8), parameter :: coef(3) = [1d0, 2d0, 3d0]
    real(8) :: t(size(x, 1), n)
    integer :: i
    t = x(:, 1:n)
    y = 0
    do i = 1, 3
      call bump(i)
    end do
    y = y + norm()
  contains
    subroutine bump(k)
      integer, intent(in) :: k
      t(k, :) = t(k, :) * coef(k) * scale + cos(x(k, 1))
      y = y + t(k, k) * t(1, n)
    end subroutine bump
    function norm() result(r)
      real(8) :: r
      r = sqrt(sum(t ** 2))
    end function norm
  end function f
end module m

subroutine top(x, y)
  use m
  implicit none
  real(8), intent(in) :: x(4, 5)
  real(8), intent(out) :: y
  y = f(4, x) + f(3, x(2:4, :))
end subroutine top
