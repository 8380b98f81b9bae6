! CHARACTER arrays assigned whole (trial s16: refused): a scalar to a len=* dummy array, one array
! to another of another length, sections overlapping the array assigned (through a temporary).
subroutine clear(names, other)
  character(len=*) :: names(3), other(3)
  names = ' '
  names(2) = 'xy'
  other = names
end subroutine clear
program p
  character(len=6) :: n(3), o(3)
  character(len=3) :: a(4)
  n = 'abcdef'
  o = 'qqqqqq'
  call clear(n, o)
  print '(3(a,"|"))', n, o
  a(1) = 'one'; a(2) = 'two'; a(3) = 'thr'; a(4) = 'fou'
  a(2:4) = a(1:3)
  print '(4(a,"|"))', a
  a = a(4:1:-1)
  print '(4(a,"|"))', a
  a(1:3) = a(2:4)
  print '(4(a,"|"))', a
end program
