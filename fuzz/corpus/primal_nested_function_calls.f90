! User functions inside expressions: nested calls f(g(x), h(f(y, x))), a function called in its
! own argument, functions in conditions and in DO bounds, a function as an array index, and
! intrinsics applied to user function results.
module nested_function_calls_m
  implicit none
contains
  real(8) function f(a, b)
    real(8), intent(in) :: a, b
    f = a * b + 0.5d0 * a - b
  end function f

  real(8) function g(a)
    real(8), intent(in) :: a
    g = a * a - 1.0d0
  end function g

  real(8) function h(a)
    real(8), intent(in) :: a
    h = 2.0d0 * sin(a) + g(a / 2.0d0)
  end function h

  integer function idx(k, n)
    integer, intent(in) :: k, n
    idx = mod(k * 7, n) + 1
  end function idx
end module nested_function_calls_m

program nested_function_calls
  use nested_function_calls_m
  implicit none
  real(8) :: x, y, a(5)
  integer :: i

  x = 0.75d0
  y = -1.25d0
  print *, f(g(x), h(f(y, x)))
  print *, g(g(g(x))), f(f(x, y), f(y, x)), h(h(0.1d0))
  print *, 2.0d0 * f(x, y) - g(y) / h(x) + exp(g(x)), sqrt(abs(f(x, y)))

  do i = 1, 5
    a(i) = g(dble(i))
  end do
  print *, a(idx(3, 5)), a(idx(idx(2, 5), 5))

  y = 0.0d0
  do i = idx(1, 5), idx(4, 5) + 2
    if (g(dble(i)) > f(dble(i), 2.0d0)) y = y + h(dble(i))
  end do
  print *, y
end program nested_function_calls
