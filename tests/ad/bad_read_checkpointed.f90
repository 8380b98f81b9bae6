! stad: --head 'f(y)/(x)' --table bad_read_checkpointed.table
! A re-run of a call that READs would read the next records: such a site is forced off, and
! asking for it on (a table, a pragma) or a BINOMIAL-CKP loop whose body reads is an error.
subroutine getw(x, y)
  implicit none
  real(8) x, y, w
  read(*, *) w
  y = y + x * w
end subroutine getw

subroutine skip(x, y)
  implicit none
  real(8) x, y
  read(*, '(a)')
  y = y * x
end subroutine skip

subroutine f(x, y)
  implicit none
  real(8) x, y, r
  integer i
  y = x
  call getw(x, y)
  !$AD CHECKPOINT
  call skip(x, y)
  !$AD BINOMIAL-CKP 4 2 1
  do i = 1, 4
    read(*, *) r
    y = y * (x + r)
  end do
end subroutine f
