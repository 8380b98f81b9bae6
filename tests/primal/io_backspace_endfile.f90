! BACKSPACE and ENDFILE (and END FILE, BACKSPACE n) on formatted and unformatted sequential
! files, back over records just written (a WRITE after it replaces the record and ends the file
! there), over records read, from inside a record left by a READ, at the start of the file
! (nothing), after a READ met the end of the file (back before that end only), twice; ENDFILE
! after formatted READs ends the file there, and a scratch file. The files are compared byte for
! byte with gfortran's.
! output: exact
! files: io_bsp.txt io_bsp.bin
program io_backspace_endfile
  implicit none
  integer :: i, k, ios, n
  real(8) :: x(3)
  character(len=12) :: line
  open(10, file='io_bsp.txt', status='replace')
  backspace(10)
  do i = 1, 5
    write(10, '(i4, a)') i, ' rec'
  end do
  backspace(10)
  backspace 10
  read(10, '(i4)') k
  write(*, '(a, i3)') 'after two backspaces', k
  write(10, '(a)') '   9 new'
  rewind(10)
  n = 0
  do i = 1, 100
    read(10, '(i4)', iostat=ios) k
    if (ios /= 0) exit
    n = n + k
  end do
  write(*, '(a, 2i4)') 'sum, ios', n, ios
  backspace(10)
  read(10, '(a)', iostat=ios) line
  write(*, '(a, i3)') 'back before the end, read:', ios
  backspace(10)
  backspace(10)
  read(10, '(a)') line
  write(*, '(2a)') 'two back: ', line
  rewind(10)
  read(10, '(i2)', advance='no') k
  backspace(10)
  read(10, '(a)') line
  write(*, '(2a)') 'same record: ', line
  read(10, '(i4)') k
  end file 10
  rewind(10)
  do i = 1, 100
    read(10, '(a)', end=10) line
    write(*, '(2a)') 'kept: ', line
  end do
10 backspace(10)
  write(10, '(a)') 'last'
  close(10)
  open(11, file='io_bsp.bin', form='unformatted', status='replace')
  do i = 1, 4
    x = i * 1.5d0
    write(11) i, x
  end do
  backspace(11)
  backspace(11)
  read(11) k, x
  write(*, '(i3, 3f6.2)') k, x
  endfile(11)
  rewind(11)
  do i = 1, 100
    read(11, iostat=ios) k
    if (ios /= 0) exit
    write(*, '(a, i3)') 'unformatted', k
  end do
  backspace(11)
  backspace(11)
  read(11) k
  write(*, '(a, i3)') 'last record', k
  close(11)
  open(12, status='scratch')
  write(12, '(a)') 'one'
  write(12, '(a)') 'two'
  backspace(12)
  write(12, '(a)') 'TWO'
  rewind(12)
  read(12, '(a)') line
  read(12, '(a)') line
  write(*, '(2a)') 'scratch: ', line
  close(12)
end program
