! Zero-trip DO loops: upper bound below the lower bound, a negative step going up, bounds from
! variables, a zero-trip inner loop, and the loop variable after a loop that never ran (it is
! set to the start value).
program do_zero_trip
  implicit none
  integer :: i, j, n, cnt
  real(8) :: s

  cnt = 0
  do i = 5, 1
    cnt = cnt + 1
  end do
  print *, cnt, i          ! 0 5

  do i = 1, 5, -1
    cnt = cnt + 1
  end do
  print *, cnt, i          ! 0 1

  n = 0
  s = 2.5d0
  do i = 1, n
    s = s * 10.0d0
  end do
  print *, s, i            ! 2.5 1

  ! inner loop runs zero times on the first outer trip, then more and more
  cnt = 0
  do i = 1, 4
    do j = i + 1, 3
      cnt = cnt + 10 * i + j
    end do
  end do
  print *, cnt, i, j

  ! a loop with a variable step that is negative: zero trips
  n = -3
  s = 0.0d0
  do i = 2, 9, n
    s = s + 1.0d0
  end do
  print *, s, i            ! 0.0 2
end program do_zero_trip
