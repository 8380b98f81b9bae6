! Modules used by modules and by a program; USE with and without '::'.
module constants
  implicit none
  real(8), parameter :: g = 9.81d0
end module constants

module state
  use constants
  implicit none
  real(8) :: h(4)
contains
  subroutine advance(dt)
    real(8), intent(in) :: dt
    integer :: i
    do i = 1, 4
      h(i) = h(i) + dt * g
    end do
  end subroutine advance
end module state

program run
  use :: state
  implicit none
  h(1) = 0
  call advance(0.1d0)
  print *, h(1)
end program run
