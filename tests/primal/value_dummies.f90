! VALUE dummies, against gfortran (trial s16: refused): the routine works on its own copies, so what it does to
! them does not reach the caller — a real one it rescales and an integer one it counts down —
! and derivatives flow through the copy as through any assignment.
module vops
  implicit none
contains
  function damp(a, k) result(r)
    real(8), value :: a
    integer, value :: k
    real(8) :: r
    r = 0
    do while (k > 0)
      a = 0.5d0 * a + sin(a)
      r = r + a
      k = k - 1
    end do
  end function damp
  subroutine shift(s, y)
    real(8), value :: s
    real(8), intent(inout) :: y
    s = s * s
    y = y + s
  end subroutine shift
end module vops

subroutine vcost(n, x, f)
  use vops
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8) :: a, y
  integer :: i, k
  f = 0
  y = 0
  do i = 1, n
    a = x(i)
    k = 3
    f = f + damp(a, k) * a + k
    call shift(a, y)
    f = f + a * y
  end do
end subroutine vcost

program main
  use vops
  implicit none
  real(8) :: x(5), f, a, y
  integer :: k
  x = [0.3d0, -0.7d0, 1.1d0, 0.5d0, 0.2d0]
  call vcost(5, x, f)
  print '(es24.16)', f
  a = 0.9d0
  k = 4
  y = 1
  print '(es24.16)', damp(a, k)
  call shift(a, y)
  print '(2es24.16, i3)', a, y, k
  call shift(y=y, s=a) ! keywords name the VALUE dummy as written
  print '(2es24.16)', a, y
  print '(es24.16)', damp(k=k, a=a)
end program main
