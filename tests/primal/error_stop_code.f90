! ERROR STOP with an integer code: the code is the exit status and "ERROR STOP 5" is written on
! stderr, as gfortran does; nothing after it runs (also in a routine called from a loop).
! exit status: 5
program error_stop_code
  implicit none
  integer :: i
  real(8) :: x
  x = 0.25d0
  do i = 1, 10
    call grow(x)
    print *, i, x
  end do
  print *, 'never'
end program error_stop_code

subroutine grow(x)
  implicit none
  real(8), intent(inout) :: x
  x = 2.0d0 * x
  if (x > 10.0d0) error stop 5
end subroutine grow
