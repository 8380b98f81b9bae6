! Assumed-shape dummies x(:), a(:, :), y(0:) of module procedures: SIZE, LBOUND, UBOUND, SHAPE
! of them, whole arrays and sections as actuals (contiguous: the first element and the
! extents; non-contiguous, strided or a row: copied in and back out), INTENT(OUT), a negative
! stride, an automatic array sized by SIZE, an assumed-shape dummy passed on; sections passed
! to an F77 explicit-shape dummy too.
module ops
  implicit none
contains
  subroutine scale(x, c)
    real(8), intent(inout) :: x(:)
    real(8), intent(in) :: c
    x = x * c + size(x)
  end subroutine scale
  function total(a) result(s)
    real(8), intent(in) :: a(:, :)
    real(8) :: s
    integer :: j
    s = 0
    do j = 1, size(a, 2)
      s = s + sum(a(:, j)) * j
    end do
    s = s + 1000 * ubound(a, 1) + 100 * lbound(a, 2)
  end function total
  subroutine shifted(y, s)
    real(8), intent(in) :: y(0:)
    real(8), intent(out) :: s
    s = y(0) - y(ubound(y, 1)) + 10 * lbound(y, 1) + sum(shape(y))
  end subroutine shifted
  subroutine fill(z, v)
    real(8), intent(out) :: z(:)
    real(8), intent(in) :: v
    real(8) :: w(size(z) + 1)
    integer :: i
    do i = 1, size(z)
      z(i) = v * i
    end do
    w = 1
    call scale(w(1:size(z)), v)
    z = z + w(1:size(z)) + w(size(w))
  end subroutine fill
end module ops

subroutine f77(x, n)
  integer n
  real(8) x(n)
  x(1:n) = x(1:n) + 0.5d0
end subroutine f77

program array_assumed_shape
  use ops
  implicit none
  real(8) :: a(6), m(4, 5), s
  integer :: i, j
  do i = 1, 6
    a(i) = i
  end do
  do j = 1, 5
    do i = 1, 4
      m(i, j) = i + 10 * j
    end do
  end do
  call scale(a, 2d0)
  print *, a
  call scale(a(2:5), -1d0)
  print *, a
  call scale(a(1:6:2), 3d0)
  print *, a
  call scale(m(2, :), 0.5d0)
  call scale(m(:, 3), 2d0)
  print *, m
  print *, total(m), total(m(2:3, :)), total(m(1:4:3, 2:5:2))
  call shifted(a, s)
  print *, s
  call shifted(a(5:2:-1), s)
  print *, s
  call fill(m(3, 2:4), 7d0)
  call fill(a(4:), 1d0)
  print *, m, a
  call f77(m(:, 2), 4)
  call f77(m(2, :), 5)
  call f77(a(2:4), 3)
  print *, m, a
end program array_assumed_shape
