! Array-valued FUNCTIONs (lowered to subroutines): module, external and internal ones, results
! shaped by constants, dummies, SIZE of an assumed-shape dummy, a module variable and a lower
! bound, in expressions, reductions, sections, a rank-2 result, PRINT items.
module m
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  integer :: nmod = 3
contains
  function grad(u) result(g)
    real(dp), intent(in) :: u(:)
    real(dp) :: g(size(u))
    integer :: i
    do i = 1, size(u)
      g(i) = 2*u(i) + i
    end do
  end function
  function rhs(n, x)
    integer, intent(in) :: n
    real(dp), intent(in) :: x(n)
    real(dp) :: rhs(n)
    rhs = -x + 0.5_dp*x**2
  end function
  function f2(nx, ny) result(f)
    integer, intent(in) :: nx, ny
    real(dp) :: f(nx, ny)
    integer :: i, j
    do j = 1, ny
      do i = 1, nx
        f(i, j) = i + 10*j
      end do
    end do
  end function
  function fm(x) result(r)
    real(dp), intent(in) :: x
    real(dp) :: r(nmod)
    r = x
    r(1) = 2*x
  end function
end module
function ext(n, a)
  integer :: n
  real(8) :: a(n), ext(0:n-1)
  ext = a(n:1:-1)
end function
program p
  use m
  implicit none
  interface
    function ext(n, a)
      integer :: n
      real(8) :: a(n), ext(0:n-1)
    end function
  end interface
  real(dp) :: u(5), v(5), s, w(2,3)
  integer :: i, k
  u = [(0.1_dp*i, i = 1, 5)]
  v = u + 0.1_dp * rhs(5, u)
  print *, v
  s = sum(grad(u)**2)
  print *, s
  v(2:5) = grad(u(1:4)) - grad(u(2:5))
  print *, v
  w = f2(2, 3)
  print *, w
  print *, sum(f2(2,3)), fm(1.5_dp)
  k = 4
  v(1:k) = rhs(k, u(2:5))
  k = 5
  print *, v, ext(k, u)
  nmod = 2
  print *, fm(2.0_dp) + 1
  print *, int_inner(3)
contains
  function int_inner(m) result(r)
    integer :: m
    real(dp) :: r(m)
    r = u(1:m) * k
  end function
end program
