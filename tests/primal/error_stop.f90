! ERROR STOP with a message, in a subroutine called in a loop: exit status 1, the message on
! stderr, nothing after it runs.
! exit status: 1
program error_stop
  implicit none
  integer :: i
  real(8) :: x
  x = 0.5d0
  do i = 1, 10
    call grow(x)
    print *, i, x
  end do
  print *, 'never'
end program error_stop

subroutine grow(x)
  implicit none
  real(8), intent(inout) :: x
  x = x * 3.0d0
  if (x > 20.0d0) error stop 'x is too large'
end subroutine grow
