! USE with ONLY and renames: a module USEs another with ONLY and a rename (and so re-exports
! those names), the main program USEs both, renames a variable, a PARAMETER and a procedure,
! and reaches a variable through the middle module under its renamed name. A name renamed
! away (`c` of `cc => c`) is not visible as itself: the program's own `c` is another variable.
module use_base
  implicit none
  integer, parameter :: n = 4
  real(8) :: a = 1.0d0, b = 2.0d0, c = 3.0d0
contains
  real(8) function twice(x)
    real(8), intent(in) :: x
    twice = 2.0d0 * x
  end function twice
end module use_base

module use_mid
  use use_base, only: n, bb => b, twice
  implicit none
  real(8) :: d = 10.0d0
contains
  subroutine bump(k)
    integer, intent(in) :: k
    bb = bb + k
    d = d + twice(bb) * n
  end subroutine bump
end module use_mid

program use_only_rename
  use use_mid, only: d, up => bump, nn => n, bmid => bb
  use use_base, cc => c
  implicit none
  real(8) :: c
  integer :: i
  c = -1.0d0
  do i = 1, nn
    call up(i)
  end do
  cc = cc + bmid
  print *, a, bmid, cc, c, d, twice(d), nn
end program use_only_rename
