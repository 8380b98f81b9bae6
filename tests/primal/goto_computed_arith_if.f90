! Computed GO TO (with and without the comma, an index out of range falls through, an index
! computed by a function) and arithmetic IF on integers and reals, with equal labels.
program goto_computed_arith_if
  implicit none
  integer :: i
  real(8) :: x, s
  integer, external :: pick
  do i = -1, 5
    s = 0.0d0
    go to (10, 20, 30, 20), i
    s = -1.0d0
    goto 40
10  s = s + 1.0d0
20  s = s + 2.0d0
    goto 40
30  s = s + 3.0d0
40  print *, i, s
  end do
  do i = 1, 6
    goto (50, 60) pick(i)
    print *, i, 'none'
    cycle
50  print *, i, 'fifty'
    cycle
60  print *, i, 'sixty'
  end do
  do i = -2, 2
    if (i) 70, 80, 90
70  print *, i, 'negative'
    goto 100
80  print *, i, 'zero'
    goto 100
90  print *, i, 'positive'
100 continue
  end do
  x = -1.5d0
  do i = 1, 4
    s = 0.0d0
    if (x * x - 1.0d0) 110, 110, 120
110 s = s + 1.0d0
120 s = s + 10.0d0
    if (x) 130, 140, 130
130 s = s * 2.0d0
140 print *, x, s
    x = x + 0.5d0 * i
  end do
end program goto_computed_arith_if

integer function pick(i)
  implicit none
  integer, intent(in) :: i
  pick = mod(i * 5, 4)
end function pick
