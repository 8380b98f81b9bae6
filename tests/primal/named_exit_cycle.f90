! Construct names: EXIT and CYCLE of an outer DO loop from an inner one (two and three levels,
! a DO WHILE among them), EXIT of a named IF block, END DO / END IF with the name, and an EXIT
! of the innermost loop by its name.
program named_exit_cycle
  implicit none
  integer :: i, j, k, n
  real(8) :: s
  s = 0.0d0
  outer: do i = 1, 5
    inner: do j = 1, 5
      if (j > i) cycle outer
      if (i * j > 12) exit outer
      s = s + dble(i * j)
    end do inner
    s = s + 100.0d0
  end do outer
  print *, s, i, j
  s = 0.0d0
  n = 0
  a: do i = 1, 4
    b: do while (n < 50)
      n = n + 1
      c: do k = 1, 3
        if (mod(n + k, 7) == 0) cycle b
        if (n > 40) exit a
        if (k == 2 .and. mod(n, 3) == 0) exit b
        s = s + dble(k)
      end do c
    end do b
    s = s + 0.5d0
  end do a
  print *, s, i, n, k
  do i = 1, 4
    check: if (i > 1) then
      s = dble(i)
      if (i == 3) exit check
      s = s * 10.0d0
    else check
      s = -1.0d0
    end if check
    print *, i, s
  end do
  k = 0
  only: do i = 1, 10
    k = k + i
    if (k > 20) exit only
  end do only
  print *, i, k
end program named_exit_cycle
