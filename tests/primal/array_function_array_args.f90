! A scalar function of whole arrays inside array expressions and reductions: evaluated once,
! before any element is stored (it may read the array assigned, here through its argument).
module norms
  implicit none
contains
  function wsum(v, w) result(s)
    real(8), intent(in) :: v(:), w(:)
    real(8) :: s
    s = sum(v * w) / size(v)
  end function wsum
  real(8) function first(v)
    real(8), intent(in) :: v(4)
    first = v(1) + 0.5d0 * v(4)
  end function first
end module norms

program array_function_array_args
  use norms
  implicit none
  real(8) :: a(4), b(4)
  a = [1d0, 2d0, 3d0, 4d0]
  b = [0.5d0, -1d0, 2d0, 1d0]
  a = a * wsum(a, b) + b
  print *, a
  a(2:4) = a(1:3) - first(a) * a(2:4)
  print *, a, sum(a * first(b)), maxval(b - wsum(a, a))
end program array_function_array_args
