! EXIT and CYCLE: in a counted DO, in a DO WHILE, in nested loops (they act on the innermost
! loop only), and both in one body.
program exit_cycle
  implicit none
  integer :: i, j, cnt
  real(8) :: s, x

  ! sum of odd i below a limit, skipping multiples of 5
  s = 0.0d0
  do i = 1, 100
    if (i > 30) exit
    if (mod(i, 2) == 0) cycle
    if (mod(i, 5) == 0) cycle
    s = s + 1.0d0 / dble(i)
  end do
  print *, i, s

  ! nested: EXIT leaves only the inner loop, CYCLE skips in the inner loop only
  cnt = 0
  do i = 1, 5
    do j = 1, 5
      if (j > i) exit
      if (j == 2) cycle
      cnt = cnt + 10 * i + j
    end do
    if (i == 4) cycle
    cnt = cnt + 1000
  end do
  print *, cnt, i, j

  ! EXIT and CYCLE in a DO WHILE
  x = 0.0d0
  cnt = 0
  do while (.true.)
    x = x + 0.75d0
    cnt = cnt + 1
    if (cnt == 3) cycle
    if (x > 6.0d0) exit
    s = s + x
  end do
  print *, cnt, x, s
end program exit_cycle
