! GO TO out of DO loops: to the statement after the loop, further on, out of two nested loops
! at once, out of a DO WHILE, to the DO statement itself (the loop starts again), and to the
! CONTINUE that ends the loop (the next iteration). The loop variable keeps the value it had.
program goto_out_of_loops
  implicit none
  integer :: i, j, k, n
  real(8) :: a(8), s
  do i = 1, 8
    a(i) = dble(i * i) - 20.0d0
  end do
  ! to the statement right after the loop
  do i = 1, 8
    if (a(i) > 0.0d0) goto 10
  end do
10 print *, 'first positive', i
  ! further on, skipping statements
  s = 0.0d0
  do i = 1, 8
    s = s + a(i)
    if (s < -40.0d0) go to 20
  end do
  s = -1.0d0
  print *, 'not found'
20 print *, i, s
  ! out of two loops
  do i = 1, 4
    do j = 1, 4
      if (i * j == 6) goto 30
    end do
  end do
30 print *, i, j
  ! out of a DO WHILE
  n = 0
  do while (n < 100)
    n = n + 7
    if (mod(n, 5) == 0) goto 40
  end do
40 print *, n
  ! to the DO statement: restart the loop
  k = 0
  s = 0.0d0
50 do i = 1, 5
    s = s + dble(i)
    if (s > 7.0d0 .and. k < 2) then
      k = k + 1
      goto 50
    end if
  end do
  print *, k, s
  ! to the loop's terminal statement: next iteration
  s = 0.0d0
  do 60 i = 1, 6
    if (mod(i, 3) == 0) goto 60
    s = s + dble(i)
60 continue
  print *, s, i
end program goto_out_of_loops
