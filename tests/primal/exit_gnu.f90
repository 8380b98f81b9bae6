! GNU's CALL EXIT(status), common in legacy code: the program ends with that status and no
! message (STOP n prints 'STOP n'); CALL EXIT() ends it with 0. The status is an expression, the
! call inside a subroutine; nothing after it runs.
! exit status: 5
! output: exact
subroutine finish(n)
  implicit none
  integer, intent(in) :: n
  if (n < 0) call exit()
  if (n > 3) call exit(status=n + 1)
end subroutine finish

program exit_gnu
  implicit none
  integer :: i
  do i = 1, 10
    write(*, '(a, i3)') 'step', i
    call finish(i)
  end do
  write(*, '(a)') 'never'
end program exit_gnu
