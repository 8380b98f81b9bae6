! An unformatted READ of one unit after a non-advancing READ of another (closed by then): the
! unformatted record is read whole, as gfortran reads it (the non-advancing state belongs to the
! unit that read so; found by the generator, stop 19: 'end of record' on the unformatted READ).
! output: exact
program io_unformatted_after_nonadvancing
  implicit none
  character(len=24) :: line
  integer :: n, ios, k
  real(8) :: q(3), t
  open(10, file='io_unf_nonadv.txt', status='replace')
  write(10, '(a)') '  1.25 3'
  write(10, '(a)') 'last record'
  close(10)
  open(11, file='io_unf_nonadv.bin', status='replace', form='unformatted')
  write(11) 7, 0.5d0, -0.25d0, 1.5d0
  write(11) 2.5d0
  close(11)
  open(10, file='io_unf_nonadv.txt', status='old', action='read')
  read(10, '(a)') line
  read(10, '(a)', advance='no', size=n, iostat=ios) line
  write(*, '(2i4, 3a)') n, ios, ' [', trim(line), ']'
  close(10)
  open(63, file='io_unf_nonadv.bin', form='unformatted', status='old', action='read')
  read(63) k, q
  read(63, iostat=ios) t
  write(*, '(i3, 4f8.3, i4)') k, q, t, ios
  close(63, status='delete')
  open(10, file='io_unf_nonadv.txt', status='old')
  close(10, status='delete')
end program io_unformatted_after_nonadvancing
