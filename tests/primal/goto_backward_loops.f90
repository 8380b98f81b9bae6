! Loops made of GO TO: a loop tested at its end (repeat until), one tested at its start
! (while), one entered by a jump to its test at the bottom, nested GO TO loops, a loop with
! two exits, and a GO TO loop inside a DO loop.
program goto_backward_loops
  implicit none
  integer :: i, j, n
  real(8) :: x, s
  ! repeat until
  x = 1.0d0
  n = 0
10 x = x * 1.7d0
  n = n + 1
  if (x < 50.0d0) goto 10
  print *, n, x
  ! while: test first
  x = 100.0d0
  n = 0
20 if (x < 1.0d0) goto 30
  x = x / 3.0d0
  n = n + 1
  goto 20
30 print *, n, x
  ! entered at its test
  x = 0.25d0
  n = 0
  goto 45
40 x = x * x + 0.1d0
  n = n + 1
45 if (n < 4 .and. x < 10.0d0) goto 40
  print *, n, x
  ! nested goto loops
  s = 0.0d0
  i = 1
50 j = 1
60 s = s + dble(i * j)
  j = j + 1
  if (j <= i) goto 60
  i = i + 1
  if (i <= 4) goto 50
  print *, s
  ! two exits
  x = 3.0d0
  n = 0
70 n = n + 1
  x = x * 1.5d0
  if (x > 30.0d0) goto 80
  if (n >= 3 .and. x > 9.0d0) goto 85
  goto 70
80 print *, 'big', n, x
  goto 90
85 print *, 'count', n, x
90 continue
  ! goto loop inside a DO loop
  do i = 1, 3
    x = dble(i)
    n = 0
100 x = x * 2.0d0
    n = n + 1
    if (x < 20.0d0) go to 100
    print *, i, n, x
  end do
end program goto_backward_loops
