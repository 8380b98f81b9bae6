! INQUIRE by file and by unit: exist=, opened=, number=, iostat=, before and after OPEN and
! CLOSE with status='delete'.
! output: exact
program io_inquire
  implicit none
  logical :: ex, op
  integer :: n, ios, u
  inquire(file='io_inquire_none.dat', exist=ex)
  write(*, '(l2)') ex
  open(12, file='io_inquire_a.dat', status='replace')
  inquire(file='io_inquire_a.dat', exist=ex, opened=op, number=n, iostat=ios)
  write(*, '(2l2, 2i4)') ex, op, n, ios
  u = 12
  inquire(unit=u, opened=op, number=n)
  write(*, '(l2, i4)') op, n
  inquire(13, opened=op, exist=ex)
  write(*, '(2l2)') op, ex
  close(12, status='delete')
  inquire(file='io_inquire_a.dat', exist=ex, opened=op)
  write(*, '(2l2)') ex, op
  if (.not. ex) write(*, '(a)') 'deleted'
end program
