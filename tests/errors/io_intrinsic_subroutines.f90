! The intrinsic subroutines of timers and random numbers stay out, each refused where it is
! called with what to do instead (they are not taken for routines without source).
program io_intrinsic_subroutines
  implicit none
  real :: t, r
  integer :: c
  call cpu_time(t)
  call system_clock(c)
  call random_number(r)
  print *, t, c, r
end program
