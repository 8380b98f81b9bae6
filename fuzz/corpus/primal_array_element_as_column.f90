! Passing an array element as the start of a sub-array: a(1, j) hands column j to a routine
! that declares a vector, a(i, j) hands the rest of column j from row i, and v(k) hands the
! tail of a vector (sequence association, the Fortran 77 BLAS idiom).
program array_element_as_column
  implicit none
  integer, parameter :: m = 4, n = 3
  real(8) :: a(m, n), v(8), s
  integer :: i, j

  do j = 1, n
    do i = 1, m
      a(i, j) = i * 1.5d0 - j
    end do
  end do

  do j = 1, n
    call scal(m, 2.0d0 + j, a(1, j))
  end do
  print *, a(1, 1), a(4, 1), a(2, 2), a(3, 3)

  ! the lower part of column 2, from row 3
  call vsum(m - 2, a(3, 2), s)
  print *, s

  do i = 1, 8
    v(i) = dble(i)**2
  end do
  call vsum(3, v(6), s)       ! 36 + 49 + 64
  print *, s
  call scal(4, -0.5d0, v(3))  ! v(3:6) scaled
  print *, v(2), v(3), v(6), v(7)

  ! a column passed on to a routine that passes an element again
  call outer(a(1, 3), m, s)
  print *, s
end program array_element_as_column

subroutine scal(n, f, x)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: f
  real(8), intent(inout) :: x(n)
  integer :: i
  do i = 1, n
    x(i) = f * x(i)
  end do
end subroutine scal

subroutine vsum(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i
  s = 0.0d0
  do i = 1, n
    s = s + x(i)
  end do
end subroutine vsum

subroutine outer(col, n, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: col(n)
  real(8), intent(out) :: s
  call vsum(n - 1, col(2), s)
  s = s + 1000.0d0 * col(1)
end subroutine outer
