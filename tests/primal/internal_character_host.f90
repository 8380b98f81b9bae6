! Internal procedures using the host's assumed-length CHARACTER dummy (its hidden length is
! passed along) and changing the host's INTEGER dummy.
subroutine say(msg, n)
  character(len=*), intent(in) :: msg
  integer, intent(inout) :: n
  call show()
  call grow()
  print *, n
contains
  subroutine show()
    print *, msg, len(msg), msg(1:2)
  end subroutine show
  subroutine grow()
    n = n + len_trim(msg)
  end subroutine grow
end subroutine say

program internal_character_host
  implicit none
  integer :: k
  k = 1
  call say('hello ', k)
  call say('ab', k)
end program internal_character_host
