! The trip count of a DO loop is fixed when the loop starts: changing the variables of the
! upper bound, the lower bound or the step inside the body does not change how many times
! the body runs, nor the values the loop variable takes.
program do_bounds_changed_in_body
  implicit none
  integer :: i, n, m, k, cnt
  real(8) :: s

  n = 10
  cnt = 0
  s = 0.0d0
  do i = 1, n
    n = n - 1              ! does not shorten the loop
    cnt = cnt + 1
    s = s + 0.5d0 * i
  end do
  print *, cnt, n, i, s    ! 10 0 11 27.5

  n = 3
  cnt = 0
  do i = 1, 2 * n
    n = n + 5              ! does not lengthen it either
    cnt = cnt + 1
  end do
  print *, cnt, n, i       ! 6 33 7

  m = 2
  k = 3
  cnt = 0
  do i = m, 20, k          ! 2 5 8 11 14 17 20
    m = m + 100
    k = k * 2
    cnt = cnt + i
  end do
  print *, cnt, m, k, i    ! 77 702 384 23

  ! an inner loop whose bound is the outer loop's changed variable
  n = 4
  cnt = 0
  do i = 1, n
    do k = 1, n
      cnt = cnt + 1
    end do
    n = n - 1
  end do
  print *, cnt, n          ! 4+3+2+1 = 10, n = 0
end program do_bounds_changed_in_body
