! flags: -DNSTEPS=3 -DUSE_SQUARE -UUNDEFINED_ANYWAY -Iinc
! The C preprocessor in free form (.F90) with macros from the command line (-D, -U), a header
! found through -I, #if on a value, #elif, and a name the system's cpp would define (linux).
#include "cpp_free_opts.h"
program cppfree
  implicit none
  real(8) :: x, linux
  integer :: k
  x = 1.5d0
  linux = 2.0d0
  do k = 1, NSTEPS
#ifdef USE_SQUARE
    x = x * x * 0.5d0
#elif defined(USE_CUBE)
    x = x * x * x
#else
    x = x + 1
#endif
  end do
#if NSTEPS > 2 && OFFSET == 7
  x = x + OFFSET
#endif
  print *, x, linux
end program cppfree
