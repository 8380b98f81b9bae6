! The intrinsic subroutines of timers and random numbers are supported; what stays out of them is
! refused where it is written: DATE_AND_TIME's character arguments, a seed array of fewer than 8
! elements, two of RANDOM_SEED's arguments at once, and arguments of the wrong type (GNU EXIT's
! status too).
program intrinsic_subroutine_args
  implicit none
  real :: t
  integer :: c, s(4), k
  character(len=8) :: d
  call date_and_time(date=d)
  call random_seed(put=s)
  call random_seed(size=k, get=s)
  call random_number(c)
  call cpu_time(k)
  call system_clock(t)
  print *, t, c, d, s, k
  call exit(t)
end program
