! IAND, IOR, IEOR, NOT, ISHFT (both ways, at and past the bit size), IBSET, IBCLR, BTEST on
! INTEGER and INTEGER(8), negative values included: the bits of gfortran's two's complement
program bits
  implicit none
  integer :: i, k(5) = [0, 7, -1, 12345, -98765]
  integer(8) :: l = -5_8
  do i = 1, 5
    print *, iand(k(i), 255), ior(k(i), 16), ieor(k(i), -3), not(k(i)), ishft(k(i), 3), ishft(k(i), -2)
    print *, ishft(k(i), 31), ishft(k(i), -31), ishft(k(i), 32), ibset(k(i), 31), ibclr(k(i), 0), btest(k(i), 2)
    print *, btest(k(i), 31), ibset(k(i), i), ibclr(k(i), i + 10)
  end do
  print *, iand(l, 6_8), ishft(l, -60), ishft(l, 63), not(l), ibset(l, 40), btest(l, 63), ieor(l, 3_8)
end program
