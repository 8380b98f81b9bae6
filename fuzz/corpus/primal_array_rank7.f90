! Rank-7 arrays (the Fortran 77 maximum): one with unit lower bounds and one with mixed lower
! bounds, filled and summed with seven nested loops, and passed to a subroutine.
program array_rank7
  implicit none
  real(8) :: a(2, 2, 2, 2, 2, 2, 2)
  real(8) :: b(0:1, 2, -1:0, 1, 2, 1:2, 0:2)
  integer :: i1, i2, i3, i4, i5, i6, i7
  real(8) :: s

  do i7 = 1, 2
  do i6 = 1, 2
  do i5 = 1, 2
  do i4 = 1, 2
  do i3 = 1, 2
  do i2 = 1, 2
  do i1 = 1, 2
    a(i1, i2, i3, i4, i5, i6, i7) = i1 + 2 * i2 + 4 * i3 + 8 * i4 + 16 * i5 + 32 * i6 + 64 * i7 + 0.5d0
  end do
  end do
  end do
  end do
  end do
  end do
  end do
  print *, a(1, 1, 1, 1, 1, 1, 1), a(2, 2, 2, 2, 2, 2, 2), a(2, 1, 2, 1, 2, 1, 2)

  do i7 = 0, 2
  do i6 = 1, 2
  do i5 = 1, 2
  do i4 = 1, 1
  do i3 = -1, 0
  do i2 = 1, 2
  do i1 = 0, 1
    b(i1, i2, i3, i4, i5, i6, i7) = 0.5d0 * i1 - i2 + 3 * i3 + 0.25d0 * i5 * i6 + i7 * i7
  end do
  end do
  end do
  end do
  end do
  end do
  end do
  print *, b(0, 1, -1, 1, 1, 1, 0), b(1, 2, 0, 1, 2, 2, 2), b(1, 1, 0, 1, 2, 1, 1)

  call sum7(a, s)
  print *, s
  call sum7b(b, 3, s)
  print *, s
end program array_rank7

subroutine sum7(x, s)
  implicit none
  real(8), intent(in) :: x(2, 2, 2, 2, 2, 2, 2)
  real(8), intent(out) :: s
  integer :: i1, i2, i3, i4, i5, i6, i7
  s = 0.0d0
  do i7 = 1, 2
  do i6 = 1, 2
  do i5 = 1, 2
  do i4 = 1, 2
  do i3 = 1, 2
  do i2 = 1, 2
  do i1 = 1, 2
    s = s + x(i1, i2, i3, i4, i5, i6, i7) * (i1 - i7)
  end do
  end do
  end do
  end do
  end do
  end do
  end do
end subroutine sum7

subroutine sum7b(x, n7, s)
  implicit none
  integer, intent(in) :: n7
  real(8), intent(in) :: x(0:1, 2, -1:0, 1, 2, 1:2, 0:n7 - 1)
  real(8), intent(out) :: s
  integer :: i1, i2, i3, i5, i6, i7
  s = 0.0d0
  do i7 = 0, n7 - 1
  do i6 = 1, 2
  do i5 = 1, 2
  do i3 = -1, 0
  do i2 = 1, 2
  do i1 = 0, 1
    s = s + x(i1, i2, i3, 1, i5, i6, i7) * (1 + i1 + i7)
  end do
  end do
  end do
  end do
  end do
  end do
end subroutine sum7b
