! OPEN with NEWUNIT= (gfortran's negative units: only their signs and their reuse are printed),
! IOSTAT= and ERR= on OPEN, CLOSE and WRITE with gfortran's values for the common failures (a
! missing file with status='old': 2, an existing one with status='new': 17, a WRITE to a unit
! opened with action='read': 5007, a missing folder: 2), non-advancing WRITE (a prompt and a
! progress line built over several WRITEs). The files are compared with gfortran's.
! output: exact
! files: io_status_a.txt io_status_b.txt
program io_status
  implicit none
  integer :: u, v, w, ios, k
  open(newunit=u, file='io_status_a.txt', status='replace')
  open(newunit=v, file='io_status_b.txt', status='replace')
  write(*, '(a, l2, l2, l2)') 'negative, distinct:', u < 0, v < 0, u /= v
  write(u, '(a, i4)', iostat=ios) 'first', 1
  write(*, '(a, i6)') 'write ios', ios
  close(u, iostat=ios)
  write(*, '(a, i6)') 'close ios', ios
  open(newunit=w, file='io_status_a.txt', status='old', position='append')
  write(*, '(a, l2)') 'unit reused:', w == u
  write(w, '(a)') 'appended'
  close(w)
  open(10, file='io_status_missing.txt', status='old', iostat=ios)
  write(*, '(a, i6)') 'old, missing', ios
  open(11, file='io_status_b.txt', status='new', iostat=ios)
  write(*, '(a, i6)') 'new, exists', ios
  open(12, file='no_such_folder/x.txt', status='replace', iostat=ios)
  write(*, '(a, i6)') 'no folder', ios
  open(13, file='io_status_a.txt', status='old', action='read', iostat=ios)
  write(13, '(a)', iostat=ios) 'not written'
  write(*, '(a, i6)') 'write to read-only', ios
  close(13)
  open(14, file='io_status_missing.txt', status='old', err=100)
  write(*, '(a)') 'not here'
100 continue
  write(*, '(a)') 'after err='
  write(v, '(a)', err=200) 'second file'
  write(*, '(a)') 'written'
200 continue
  close(99, iostat=ios)
  write(*, '(a, i6)') 'close of a unit never opened', ios
  write(*, '(a)', advance='no') 'steps:'
  do k = 1, 4
    write(*, '(i3)', advance='no') k
  end do
  write(*, '(a)') ' done'
  write(v, '(a)', advance='no') 'x ='
  write(v, '(f6.2)') 1.5
  close(v)
end program
