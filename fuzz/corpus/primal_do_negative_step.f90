! DO with a negative step: -1, -3 (not dividing the range), a negative step held in a
! variable, and the loop variable's value after the loop.
program do_negative_step
  implicit none
  integer :: i, j, m, cnt
  real(8) :: s, a(10)

  do i = 10, 1, -1
    a(i) = 1.0d0 / dble(i)
  end do
  s = 0.0d0
  do i = 10, 1, -1
    s = s + a(i) * (11 - i)
  end do
  print *, s
  print *, i               ! 0

  cnt = 0
  s = 0.0d0
  do i = 20, 3, -3         ! 20 17 14 11 8 5
    cnt = cnt + 1
    s = s + sqrt(dble(i))
  end do
  print *, cnt, s
  print *, i               ! 2

  m = -2
  cnt = 0
  do j = 5, -4, m          ! 5 3 1 -1 -3
    cnt = cnt + j * j
  end do
  print *, cnt, j          ! 45 -5

  ! nested: a triangle walked backwards
  s = 0.0d0
  do i = 4, 1, -1
    do j = i, 1, -2
      s = s + 0.25d0 * i - 0.125d0 * j
    end do
  end do
  print *, s, i, j
end program do_negative_step
