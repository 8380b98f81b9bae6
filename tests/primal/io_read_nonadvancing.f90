! Non-advancing input: READ (unit, fmt, advance='no', size=n, eor=label, iostat=ios). The next
! READ goes on in the record; a field past the record's end is blank-padded, the items after it
! keep their values, SIZE= counts the characters the data edit descriptors took, EOR= jumps
! (IOSTAT= -2); a line of any length read in chunks; an advancing READ after a non-advancing
! one reads the rest of the record; END= and EOR= on one READ; a prompt written with
! advance='no'. The values and statuses are gfortran's.
! output: exact
program io_read_nonadvancing
  implicit none
  character(len=10) :: buf
  character(len=4) :: chunk
  character(len=3) :: c3
  character(len=40) :: whole
  integer :: n, ios, k, m, total, nrec, i
  real(8) :: x
  open(10, file='io_read_nonadvancing.txt', status='replace')
  write(10, '(a)') 'abc'
  write(10, '(a)') 'defghijklmnop'
  write(10, '(a)') '  12  345'
  write(10, '(a)') ''
  write(10, '(a)') 'a fairly long line of text, read in chunks'
  write(10, '(a)') ' 1.5 rest'
  write(10, '(a)') 'tail'
  rewind(10)
  buf = '**********'
  read(10, '(a)', advance='no', size=n, eor=100) buf
  write(*, '(a)') 'no end of record'
100 write(*, '(i3, 3a)') n, ' [', buf, ']'
  read(10, '(a3)', advance='no', size=n, iostat=ios) c3
  write(*, '(2i3, 3a)') n, ios, ' [', c3, ']'
  read(10, '(a5)', advance='no', size=n, iostat=ios) buf
  write(*, '(2i3, 3a)') n, ios, ' [', buf, ']'
  read(10, '(a)', advance='no', size=n, iostat=ios) buf
  write(*, '(2i3, 3a)') n, ios, ' [', buf, ']'
  k = -7
  m = -7
  read(10, '(i4)', advance='no', size=n) k
  read(10, '(2x, i4)', advance='no', size=m, iostat=ios) k
  write(*, '(4i5)') n, m, ios, k
  k = -7
  m = -7
  read(10, '(i4, i4)', advance='no', size=n, iostat=ios) k, m
  write(*, '(4i5)') n, ios, k, m
  ! a line of unknown length, four characters at a time
  total = 0
  whole = ' '
  do i = 1, 20
    read(10, '(a)', advance='no', size=n, eor=200) chunk
    whole = whole(1:total) // chunk(1:n)
    total = total + n
  end do
200 whole = whole(1:total) // chunk(1:n)
  total = total + n
  write(*, '(i4, 3a)') total, ' [', trim(whole), ']'
  read(10, '(f4.1)', advance='no') x
  read(10, '(a)') buf
  write(*, '(f6.2, 3a)') x, ' [', buf, ']'
  nrec = 0
  do i = 1, 10
    read(10, '(a2)', advance='no', end=300, eor=250, size=n) c3
    nrec = nrec + 10 * n
    cycle
250 nrec = nrec + 1
  end do
300 write(*, '(a, i4)') 'end after', nrec
  close(10)
  write(*, '(a)', advance='no') 'x = '
  write(*, '(f5.2)') x
end program
