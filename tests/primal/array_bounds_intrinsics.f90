! SIZE, LBOUND, UBOUND and SHAPE of whole arrays (declared bounds, fixed at entry), sections
! (bounds from 1), expressions, assumed-size arrays (their leading dimensions), in loop bounds
! and in the bounds of automatic arrays.
program array_bounds_intrinsics
  implicit none
  real(8) :: a(-2:5, 3), b(10)
  integer :: s(2), i
  s = shape(a)
  print *, size(a), size(a, 1), size(a, 2), lbound(a), ubound(a), s
  print *, size(a(0:4:2, :)), shape(b(2:9:3)), lbound(a(:, 2)), ubound(b(3:7), 1)
  print *, size(b(10:1)), size(a + 1, 1), lbound(a, 1), ubound(a, 2)
  do i = lbound(b, 1), ubound(b, 1)
    b(i) = i
  end do
  call inner(b, 4)
end program array_bounds_intrinsics

subroutine inner(x, n)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n, *)
  real(8) :: t(size(x, 1) + 1)
  t = 1
  print *, size(x, 1), lbound(x, 2), size(t), sum(t)
end subroutine inner
