! Array expressions as actual arguments, evaluated once before the call into a temporary: to
! explicit-shape, assumed-size and assumed-shape dummies (REAL, INTEGER, LOGICAL; rank 1 and
! 2), from elementwise expressions, sections, constructors, MATMUL, TRANSPOSE, an array-valued
! function's result and `(x)`; the callee changes its dummy's copy, never the caller's array;
! a function reference inside an expression; a shape that changes in a loop (allocated).
module pae
  implicit none
contains
  subroutine show(m, v)
    integer, intent(in) :: m
    real(8) :: v(m)
    print *, m, v
    v = -1d0 ! the copy, not the caller's array
  end subroutine show
  subroutine showi(v, n)
    integer, intent(in) :: n, v(*)
    print *, n, v(1:n)
  end subroutine showi
  subroutine showm(a)
    real(8), intent(in) :: a(:, :)
    print *, shape(a), a
  end subroutine showm
  subroutine showl(l)
    logical, intent(in) :: l(:)
    print *, size(l), l
  end subroutine showl
  function cnt(v) result(r)
    real(8), intent(in) :: v(:)
    integer :: r
    r = size(v) + count(v > 1d0)
  end function cnt
  function sq(v) result(r)
    real(8), intent(in) :: v(:)
    real(8) :: r(size(v))
    r = v * v
  end function sq
end module pae

program array_expr_actuals
  use pae
  implicit none
  real(8) :: x(5), a(2, 3)
  integer :: k(4), m, i
  x = [(0.5d0 * i, i = 1, 5)]
  a = reshape([(1d0 * i, i = 1, 6)], [2, 3])
  k = [3, 1, 4, 1]
  call show(5, x + 1d0)
  call show(3, x(1:5:2) * 2d0)
  call show(5, (x))
  print *, x
  call show(2, [x(5), -x(1)])
  call show(3, matmul(x(1:2), a))
  call show(5, sq(x) - x)
  call showi(k * 2 + 1, 4)
  call showi([(i * i, i = 1, 3)], 3)
  call showm(transpose(a))
  call showm(a * 2d0 - 1d0)
  call showl(x > 1.2d0)
  do m = 1, 4
    call show(m, x(1:m) + m)
  end do
  print *, cnt(x * 0.5d0), cnt(sq(x)) + cnt([1d0, 2d0])
  i = 0
  do while (cnt(x - i) > 5)
    i = i + 1
  end do
  print *, i
end program array_expr_actuals
