! flags: -Iinc
! INCLUDE in free form, the header found through -I (tests/primal/inc), a trailing comment
! after the INCLUDE line, and a header included in a module procedure and a subroutine.
module incfree
  implicit none
contains
  subroutine scale(v)
    include 'include_free_size.h' ! n and the weights
    real(8), intent(inout) :: v(n)
    integer :: i
    do i = 1, n
      v(i) = v(i) * w(i)
    end do
  end subroutine scale
end module incfree

program main
  use incfree
  implicit none
  include "include_free_size.h"
  real(8) :: v(n)
  integer :: i
  do i = 1, n
    v(i) = 1.0d0 / i
    w(i) = 2.0d0 + i
  end do
  call scale(v)
  print *, v(1), v(2), v(3), v(n)
end program main
