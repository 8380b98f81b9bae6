! DO with a step other than 1: steps that divide the range and steps that do not, a step held
! in a variable, and the value of the loop variable after each loop (first value past the end).
program do_step
  implicit none
  integer :: i, n, k, cnt
  real(8) :: s

  s = 0.0d0
  cnt = 0
  do i = 1, 10, 3          ! 1 4 7 10
    s = s + 0.5d0 * i
    cnt = cnt + 1
  end do
  print *, cnt, s
  print *, i               ! 13

  n = 17
  k = 4
  s = 1.0d0
  cnt = 0
  do i = 2, n, k           ! 2 6 10 14
    s = s * (1.0d0 + 0.1d0 * i)
    cnt = cnt + 1
  end do
  print *, cnt, s
  print *, i               ! 18

  ! step larger than the range: exactly one trip
  cnt = 0
  do i = 3, 5, 100
    cnt = cnt + 1
  end do
  print *, cnt, i          ! 1 103

  ! step given by an expression
  s = 0.0d0
  do i = -5, 5, k / 2 + 1  ! -5 -2 1 4
    s = s + dble(i) / 3.0d0
  end do
  print *, s, i            ! 7
end program do_step
