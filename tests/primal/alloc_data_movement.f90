! CSHIFT and SPREAD of ALLOCATABLE arrays (their temporaries are sized when the statement runs,
! not on entry, where the array is not allocated yet), and SPREAD's NCOPIES a dummy that is
! only read (an intrinsic changes none of its arguments).
program alloc_data_movement
  implicit none
  real(8) :: y, x(5)
  x = [1d0, 2d0, 3d0, 4d0, 5d0]
  call f(5, x, y)
  print *, y
contains
  subroutine f(n, x, y)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8), intent(out) :: y
    real(8), allocatable :: a(:), b(:, :)
    a = x * x
    b = spread(a, 2, n)
    print *, shape(b), b(2, :)
    y = sum(cshift(a, 1) * a) + sum(cshift(b, -1, dim=1) * b)
    print *, cshift(b + 1, 2, dim=2)
    a = cshift(a, 2) + a
    print *, a
    y = y + sum(a * a)
  end subroutine f
end program alloc_data_movement
