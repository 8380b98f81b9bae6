! Fixture of run_cpp_cli.sh: a syntax error in a header the C preprocessor includes.
subroutine s(x)
  implicit none
  real(8), intent(inout) :: x
#include "bad.h"
end subroutine s
