! STOP with an integer code gives the program's exit status; nothing after it runs.
! exit status: 3
program stop_codes
  implicit none
  integer :: i
  do i = 1, 10
    print *, i
    if (i == 4) stop 3
  end do
  print *, 'never'
end program stop_codes
