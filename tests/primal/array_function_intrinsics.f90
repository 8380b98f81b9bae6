! Array-valued FUNCTIONs inside array constructors, MATMUL, MAXVAL, DOT_PRODUCT, TRANSPOSE, SIZE,
! COUNT, comparisons, nested references (dbl(dbl(x))), a typed-prefix function with DIMENSION,
! an internal function shaped by a host variable called from the host and from a sibling.
module m4
  implicit none
contains
  function dbl(x) result(y)
    real(8), intent(in) :: x(:)
    real(8) :: y(size(x))
    y = 2 * x
  end function
  function mat(n) result(a)
    integer, intent(in) :: n
    real(8) :: a(n, n)
    integer :: i, j
    do j = 1, n
      do i = 1, n
        a(i, j) = i - j
      end do
    end do
  end function
  real(8) function tri(n)
    integer, intent(in) :: n
    dimension tri(n)
    integer :: i
    tri = [(i * (i + 1) / 2, i = 1, n)]
  end function
end module
program p
  use m4
  implicit none
  real(8) :: x(3), z(6), b(2,2)
  integer :: n, i
  logical :: l(3)
  x = [1d0, 2d0, 3d0]
  n = 3
  z = [dbl(x), x]
  print *, z
  print *, matmul(mat(2), x(1:2)), maxval(dbl(x)), dot_product(dbl(x), x)
  b = transpose(mat(2))
  print *, dbl(dbl(x)), tri(4), sum(dbl(tri(n)))
  print *, b, size(mat(n), 1)
  l = dbl(x) > 3
  print *, l, count(dbl(x) > 3)
  forall (i = 1:3) x(i) = x(i) + 1
  print *, x, vals()
  call sib()
contains
  function vals() result(r)
    real(8) :: r(n)
    r = x(1:n) + n
  end function
  subroutine sib()
    print *, vals()
  end subroutine
end program
