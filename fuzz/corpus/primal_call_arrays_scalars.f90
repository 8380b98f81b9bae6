! CALL with array and scalar arguments: INTENT(IN), INTENT(OUT) and INTENT(INOUT) scalars and
! arrays, a 2-D array, an array element passed as a scalar (and updated), and a CALL with no
! arguments, with and without parentheses.
module call_arrays_scalars_m
  implicit none
  integer :: ncalls
contains
  subroutine axpy(n, a, x, y)
    integer, intent(in) :: n
    real(8), intent(in) :: a, x(n)
    real(8), intent(inout) :: y(n)
    integer :: i
    do i = 1, n
      y(i) = y(i) + a * x(i)
    end do
    ncalls = ncalls + 1
  end subroutine axpy

  subroutine stats(n, x, mean, var)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8), intent(out) :: mean, var
    integer :: i
    mean = 0.0d0
    do i = 1, n
      mean = mean + x(i)
    end do
    mean = mean / n
    var = 0.0d0
    do i = 1, n
      var = var + (x(i) - mean)**2
    end do
    var = var / (n - 1)
    ncalls = ncalls + 1
  end subroutine stats

  subroutine matvec(m, n, a, x, y)
    integer, intent(in) :: m, n
    real(8), intent(in) :: a(m, n), x(n)
    real(8), intent(out) :: y(m)
    integer :: i, j
    do i = 1, m
      y(i) = 0.0d0
    end do
    do j = 1, n
      do i = 1, m
        y(i) = y(i) + a(i, j) * x(j)
      end do
    end do
    ncalls = ncalls + 1
  end subroutine matvec

  subroutine twice(v)
    real(8), intent(inout) :: v
    v = 2.0d0 * v + 0.25d0
    ncalls = ncalls + 1
  end subroutine twice

  subroutine tick()
    ncalls = ncalls + 1
  end subroutine tick
end module call_arrays_scalars_m

program call_arrays_scalars
  use call_arrays_scalars_m
  implicit none
  real(8) :: x(5), y(5), a(3, 5), z(3), mean, var
  integer :: i, j

  ncalls = 0
  do i = 1, 5
    x(i) = 0.5d0 * i - 1.0d0
    y(i) = 1.0d0 / i
  end do
  call axpy(5, 3.0d0, x, y)
  print *, y(1), y(2), y(3), y(4), y(5)

  call stats(5, y, mean, var)
  print *, mean, var

  do j = 1, 5
    do i = 1, 3
      a(i, j) = dble(i) - 0.1d0 * j
    end do
  end do
  call matvec(3, 5, a, x, z)
  print *, z(1), z(2), z(3)

  call twice(z(2))
  call twice(a(3, 4))
  print *, z(2), a(3, 4)

  call tick
  call tick()
  print *, ncalls
end program call_arrays_scalars
