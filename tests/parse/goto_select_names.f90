! GO TO in its spellings, computed GO TO with and without the comma, arithmetic IF, SELECT CASE
! with every kind of CASE item and construct names on it, named DO, DO WHILE and IF with EXIT and
! CYCLE by name, END with the name, labels on END DO / END IF / END SELECT / END, ERROR STOP.
subroutine spellings(x, n, k)
  implicit none
  integer, intent(in) :: n
  integer, intent(inout) :: k
  real(8), intent(inout) :: x(n)
  integer :: i, j
  goto 10
10 go to 20
20 GOTO 30
30 GO TO 40
40 go to (50, 60), k
50 go to (60, 70, 50) k
60 if (x(1) - 1.0d0) 70, 80, 70
70 if (k) 80, 80, 90
80 continue
90 select case (k)
  case (:-1)
    k = 0
  case (0, 2:3, 7:)
    k = 1
  case (1)
    goto 100
  case default
    k = 2
100 end select
  pick: select case (n > 2)
  case (.true.) pick
    exit pick
  case (.false.) pick
    k = 3
  end select pick
  outer: do i = 1, n
    inner: do j = 1, n
      if (j > i) cycle outer
      if (x(j) < 0.0d0) exit outer
      if (x(j) > 9.0d0) exit inner
    end do inner
  end do outer
  w: do while (k < 10)
    k = k + 1
    if (k == 5) cycle w
  end do w
  test: if (k > 3) then
    if (n > 5) exit test
    k = 4
  else if (k > 2) then test
    k = 3
  else test
    k = 2
  end if test
  do 110 i = 1, n
    if (x(i) > 1.0d0) goto 110
    x(i) = 0.0d0
110 end do
  if (k > 100) goto 120
  if (k > 1000) error stop 'too large'
  if (k > 10000) error stop 3
  if (k > 20000) error stop
120 if (k < 0) goto 130
  return
130 end subroutine spellings
