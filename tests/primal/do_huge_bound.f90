! DO loops whose end is HUGE(i) or near it: the C loop must not overflow i (undefined behaviour)
! where gfortran's does not: left by EXIT before the end, stepping past the end without
! reaching it, ending one below it, and INTEGER(8). (Loops that run up to HUGE itself run on
! in gfortran -O0; tests/ad/do_huge_bound has them.)
program do_huge_bound
  implicit none
  integer :: i, n
  integer(8) :: j
  real(8) :: s
  s = 0
  n = 0
  do i = 1, huge(i)
    n = n + 1
    s = s + 1.0d0 / n
    if (n >= 5) exit
  end do
  print *, i, n, s
  do i = huge(i) - 1, huge(i)
    if (i == huge(i)) exit
    s = s + mod(i, 10)
  end do
  print *, i, s
  do i = 5, huge(i) - 1, 7
    s = s + 1
    if (s > 20) exit
  end do
  print *, i, s
  do i = huge(i) - 10, huge(i) - 1, 4
    s = s + mod(i, 3)
  end do
  print *, s
  do j = huge(j) - 100, huge(j), 40
    s = s + mod(j, 7_8)
    if (j > huge(j) - 30) exit
  end do
  print *, j, s
  do i = -huge(i), -huge(i) - 1, -1
    s = s - 1
    if (i < -huge(i)) exit
  end do
  print *, i, s
end program
