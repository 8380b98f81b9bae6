! DO without loop control, left by EXIT (plain, named, nested, from inside an IF), and sections
! with an omitted upper bound before the stride: x(::2), x(2::2), x(5::-2).
program do_forever_sections
  implicit none
  real(8) :: x(7), s
  integer :: k, j, n
  do k = 1, 7
    x(k) = 0.5d0 * k - 1
  end do
  print *, sum(x(::2)), sum(x(2::2)), x(5::-2)
  x(::3) = -x(::3)
  print *, x
  k = 0
  s = 1
  do
    k = k + 1
    s = s * x(k) + 0.1d0
    if (k >= 4) exit
  end do
  print *, k, s
  n = 0
  outer: do
    j = 0
    do
      j = j + 1
      n = n + j
      if (j == 3) exit
      if (n > 40) exit outer
    end do
  end do outer
  print *, j, n
end program do_forever_sections
