! stad: --head 'cost(f)/(x)' --set n=3 --link external/logmsg.c
! CHARACTER actuals of a routine without source declared passive: a literal and a variable are
! passed with their lengths after the other arguments, as gfortran passes them (the C
! routine checks the length), and the integer it returns steers the computation.
subroutine cost(x, n, f)
  implicit none
  integer :: n, k, i
  real(8) :: x(n), f
  character(len=10) :: tag
  !$AD EXTERNAL PASSIVE logmsg
  tag = 'step'
  k = 5
  call logmsg('start', k)
  f = 0
  do i = 1, n
    f = f + x(i)**2 * k
  end do
  k = 10
  call logmsg(tag, k)
  if (k > 12) f = f * sin(x(1))
end subroutine cost
