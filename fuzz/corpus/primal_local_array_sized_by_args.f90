! Local (automatic) arrays whose bounds come from dummy arguments: w(n), a 2-D work array
! t(0:n, m) and one sized by an expression of two arguments; each call gets fresh arrays of
! the size asked for.
module local_array_sized_by_args_m
  implicit none
contains
  subroutine smooth(n, x, y)
    integer, intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8), intent(out) :: y(n)
    real(8) :: w(n)
    integer :: i
    do i = 1, n
      w(i) = x(i) * x(i)
    end do
    y(1) = w(1)
    y(n) = w(n)
    do i = 2, n - 1
      y(i) = 0.25d0 * w(i - 1) + 0.5d0 * w(i) + 0.25d0 * w(i + 1)
    end do
  end subroutine smooth

  real(8) function table_sum(n, m)
    integer, intent(in) :: n, m
    real(8) :: t(0:n, m), u(n * m + 1)
    integer :: i, j, k
    do j = 1, m
      do i = 0, n
        t(i, j) = dble(i) / dble(j)
      end do
    end do
    k = 0
    do j = 1, m
      do i = 1, n
        k = k + 1
        u(k) = t(i, j) - t(i - 1, j)
      end do
    end do
    u(n * m + 1) = 0.5d0
    table_sum = 0.0d0
    do k = 1, n * m + 1
      table_sum = table_sum + u(k)
    end do
  end function table_sum
end module local_array_sized_by_args_m

program local_array_sized_by_args
  use local_array_sized_by_args_m
  implicit none
  real(8) :: x(6), y(6)
  integer :: i

  do i = 1, 6
    x(i) = 0.5d0 * i - 1.0d0
  end do
  call smooth(6, x, y)
  print *, y(1), y(2), y(3), y(4), y(5), y(6)
  call smooth(3, x, y)
  print *, y(1), y(2), y(3)
  print *, table_sum(4, 3), table_sum(2, 5), table_sum(1, 1)
end program local_array_sized_by_args
