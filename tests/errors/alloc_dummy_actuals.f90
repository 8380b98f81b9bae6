! The actual of an ALLOCATABLE dummy must be an ALLOCATABLE array of the caller, by name, of the
! dummy's type and rank, and not a module's (the callee uses that one directly). (An
! ALLOCATABLE function result is supported now: tests/primal/array_function_allocatable.)
module state
  real(8), allocatable :: g(:)
contains
  subroutine fill(a, n)
    real(8), allocatable, intent(inout) :: a(:)
    integer, intent(in) :: n
    if (.not. allocated(a)) allocate(a(n))
    a = 1
  end subroutine
  function make(n) result(r)
    integer, intent(in) :: n
    real(8), allocatable :: r(:)
    allocate(r(n))
  end function
end module

program main
  use state
  real(8), allocatable :: a(:), b(:, :)
  real(4), allocatable :: c(:)
  real(8) :: e(4)
  call fill(e, 4)
  call fill(a(1:2), 2)
  call fill(b, 2)
  call fill(c, 2)
  call fill(g, 2)
  call fill(a, 3)
end program
