! STOP in the main program, inside a loop: nothing after it runs and the exit status is 0.
program stop_in_main
  implicit none
  integer :: i
  real(8) :: s
  s = 1.0d0
  do i = 1, 10
    s = s * 1.5d0
    print *, i, s
    if (s > 5.0d0) stop
  end do
  print *, 'never printed'
  print *, -1.0d0
end program stop_in_main
