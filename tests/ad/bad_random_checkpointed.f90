! stad: --head 'f(y)/(x)' --table bad_random_checkpointed.table
! A re-run of a call that draws random numbers (or seeds the generator) would draw other numbers:
! such a site is forced off, and asking for it on (a table, a pragma) or a BINOMIAL-CKP loop
! whose body draws is an error.
subroutine noisy(x, y)
  implicit none
  real(8) x, y, r
  call random_number(r)
  y = y + x * r
end subroutine noisy

subroutine seeded(x, y)
  implicit none
  real(8) x, y
  integer s(8)
  s = 5
  call random_seed(put=s)
  y = y * x
end subroutine seeded

subroutine f(x, y)
  implicit none
  real(8) x, y, r
  integer i
  y = x
  call noisy(x, y)
  !$AD CHECKPOINT
  call seeded(x, y)
  !$AD BINOMIAL-CKP 4 2 1
  do i = 1, 4
    call random_number(r)
    y = y * (x + r)
  end do
end subroutine f
