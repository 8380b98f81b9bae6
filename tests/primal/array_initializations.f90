! Arrays given values in their declarations: a constructor (with an implied DO), one value for
! every element, PARAMETER arrays in a module and in the program (their elements fold into
! other PARAMETERs, SIZE of them too), a logical array; initialized arrays keep their values
! between calls (they are SAVE'd).
module tables
  implicit none
  real(8), parameter :: w(3) = (/ 0.25d0, 0.5d0, 0.25d0 /)
  integer, parameter :: nw = size(w), k2 = int(w(2) * 10)
  real(8) :: g(4) = [1d0, 2d0, 3d0, 4d0]
end module tables

subroutine bump(x)
  implicit none
  real(8), intent(out) :: x
  integer :: calls(2) = 0
  calls(1) = calls(1) + 1
  calls(2) = calls(2) + 2
  x = calls(1) * 10 + calls(2)
end subroutine bump

program array_initializations
  use tables
  implicit none
  integer :: i
  integer, parameter :: n = 6
  integer, parameter :: idx(n) = [(mod(3 * i, n) + 1, i = 1, n)], first = idx(2)
  real(8) :: z(5) = 0.5d0, x
  logical :: l(3) = [.true., .false., .true.]
  real(8), parameter :: grid(2, 2) = 1.5d0
  print *, w, nw, k2, g, idx, first, z, l
  g(2:3) = g(2:3) + w(1:2)
  print *, g, sum(w * g(1:3)), w(idx(3) / 2 + 1), grid
  call bump(x)
  call bump(x)
  print *, x
end program array_initializations
