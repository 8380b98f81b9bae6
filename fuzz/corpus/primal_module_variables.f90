! Module variables shared by several routines: a scalar state, an array sized by a module
! PARAMETER, a counter; routines inside the module (CONTAINS) and an external subroutine
! that USEs the module all read and write the same variables; the main program sees them too.
module module_variables_m
  implicit none
  integer, parameter :: n = 5
  real(8) :: state(n)
  real(8) :: total
  integer :: nsteps
contains
  subroutine init(x0)
    real(8), intent(in) :: x0
    integer :: i
    do i = 1, n
      state(i) = x0 * i
    end do
    total = 0.0d0
    nsteps = 0
  end subroutine init

  subroutine advance(dt)
    real(8), intent(in) :: dt
    integer :: i
    do i = 1, n
      state(i) = state(i) - dt * state(i) * state(i)
    end do
    nsteps = nsteps + 1
    call accumulate
  end subroutine advance

  real(8) function norm2_state()
    integer :: i
    norm2_state = 0.0d0
    do i = 1, n
      norm2_state = norm2_state + state(i)**2
    end do
  end function norm2_state
end module module_variables_m

subroutine accumulate
  use module_variables_m
  implicit none
  integer :: i
  do i = 1, n
    total = total + state(i)
  end do
end subroutine accumulate

program module_variables
  use module_variables_m
  implicit none
  integer :: k

  call init(0.2d0)
  do k = 1, 4
    call advance(0.1d0)
  end do
  print *, nsteps, total
  print *, state(1), state(n), norm2_state()
  ! the main program writes a module variable, the module's routines see the change
  state(3) = -1.0d0
  total = 100.0d0
  call advance(0.5d0)
  print *, nsteps, total, state(3)
end program module_variables
