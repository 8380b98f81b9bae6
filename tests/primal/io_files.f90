! Files: OPEN with file=, status=, action=, position=, form='formatted', access='sequential';
! WRITE to an opened unit (a constant or a variable), to a unit never opened (gfortran's
! fort.N), CLOSE (keep, delete), REWIND (what follows is written over), FLUSH, a scratch file,
! reopening a file to append. The files are compared byte for byte with gfortran's.
! output: exact
! files: io_files_a.txt io_files_b.txt fort.12
program io_files
  implicit none
  integer :: u, k
  real(8) :: x
  character(len=20) :: name
  x = 2.5d0
  u = 21
  name = 'io_files_a.txt'
  open(unit=10, file='io_files_a.txt', status='replace', action='write', form='formatted', access='sequential')
  do k = 1, 3
    write(10, '(a, i0, f8.3)') 'line ', k, x * k
  end do
  flush(10)
  close(10)
  open(10, file=name, status='old', position='append')
  write(10, fmt='(a)') 'appended'
  close(unit=10, status='keep')
  write(12, '(a, es10.2)') 'to fort.12', x
  open(u, file='io_files_b.txt')
  write(u, '(i3)') 1, 2, 3
  rewind(u)
  write(u, '(a)') 'after rewind'
  close(u)
  open(13, status='scratch')
  write(13, '(a)') 'scratch'
  close(13)
  open(14, file='io_files_gone.txt', status='new')
  write(14, 100) x
100 format ('gone ', f5.2)
  close(14, status='delete')
  flush 6
  write(*, '(a)') 'done'
end program
