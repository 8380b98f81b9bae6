! stad: --head 'f(y)/(x)' --set n=5
! Internal procedures with host association: they read and write the host's dummies, local
! array and scalars (w, s, y), an internal subroutine calls its sibling, an internal function
! in an expression. Each is lifted to a routine given what it uses of its host (f_smooth,
! f_acc, f_g): call sites `f:f_smooth#1`, `f_acc:f_smooth#1`... in every checkpoint configuration.
subroutine f(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: w(n), s
  integer :: i
  s = 0.5d0
  w = x
  do i = 1, 3
    call smooth(0.25d0)
  end do
  call acc()
  y = y + g(2) * s
contains
  subroutine smooth(c)
    real(8), intent(in) :: c
    integer :: k
    do k = 2, n - 1
      w(k) = w(k) + c * (w(k-1) - 2 * w(k) + w(k+1)) * x(k)
    end do
    s = s + sin(w(1))
  end subroutine smooth
  subroutine acc()
    y = sum(w * w) + s
    call smooth(0.1d0)
  end subroutine acc
  real(8) function g(j)
    integer, intent(in) :: j
    g = w(j) ** 2 + x(n)
  end function g
end subroutine f
