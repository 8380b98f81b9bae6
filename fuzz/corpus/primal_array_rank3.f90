! Rank-3 arrays: one with unit lower bounds, one with mixed lower bounds, filled with loops,
! passed to a subroutine that sees the same dimensions from arguments.
program array_rank3
  implicit none
  real(8) :: a(3, 4, 2), b(0:2, -1:1, 2:4)
  integer :: i, j, k
  real(8) :: s

  do k = 1, 2
    do j = 1, 4
      do i = 1, 3
        a(i, j, k) = 100.0d0 * i + 10.0d0 * j + k + 0.125d0
      end do
    end do
  end do
  print *, a(1, 1, 1), a(3, 4, 2), a(2, 3, 1)

  do k = 2, 4
    do j = -1, 1
      do i = 0, 2
        b(i, j, k) = dble(i - j) * 0.5d0 + dble(k) ** 2
      end do
    end do
  end do
  print *, b(0, -1, 2), b(2, 1, 4), b(1, 0, 3)

  call total3(3, 4, 2, a, s)
  print *, s
  call scale3(b, 3, 3, 3, -0.5d0)
  print *, b(0, -1, 2), b(2, 1, 4), b(1, 0, 3)
end program array_rank3

subroutine total3(n1, n2, n3, x, s)
  implicit none
  integer, intent(in) :: n1, n2, n3
  real(8), intent(in) :: x(n1, n2, n3)
  real(8), intent(out) :: s
  integer :: i, j, k
  s = 0.0d0
  do k = 1, n3
    do j = 1, n2
      do i = 1, n1
        s = s + x(i, j, k) * (i - j + k)
      end do
    end do
  end do
end subroutine total3

subroutine scale3(x, n1, n2, n3, f)
  implicit none
  integer, intent(in) :: n1, n2, n3
  real(8), intent(inout) :: x(0:n1 - 1, -1:n2 - 2, 2:n3 + 1)
  real(8), intent(in) :: f
  integer :: i, j, k
  do k = 2, n3 + 1
    do j = -1, n2 - 2
      do i = 0, n1 - 1
        x(i, j, k) = f * x(i, j, k) + i
      end do
    end do
  end do
end subroutine scale3
