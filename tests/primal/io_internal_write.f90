! An internal WRITE builds a file name and a label (formatted; one record, blank-padded).
! output: exact
! files: out007.txt
program iw
  implicit none
  character(len=20) :: fname
  character(len=12) :: tag
  integer :: k
  k = 7
  write(fname, '(a,i3.3,a)') 'out', k, '.txt'
  write(tag, 100) 3.25d0, k
100 format(f6.2, 1x, i2)
  open(10, file=fname, status='replace')
  write(10, '(a)') tag
  close(10)
  print '(a,"|")', fname
  print '(a,"|")', tag
end program
