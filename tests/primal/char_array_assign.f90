! CHARACTER arrays assigned whole (trial s16: refused): a scalar to a len=* dummy array, one array
! to another of another length.
subroutine clear(names, other)
  character(len=*) :: names(3), other(3)
  names = ' '
  names(2) = 'xy'
  other = names
end subroutine clear
program p
  character(len=6) :: n(3), o(3)
  n = 'abcdef'
  o = 'qqqqqq'
  call clear(n, o)
  print '(3(a,"|"))', n, o
end program
