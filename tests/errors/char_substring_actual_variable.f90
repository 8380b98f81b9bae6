! A substring of variable length passed as an actual argument is refused: assign it first.
subroutine show(s)
  character(len=*), intent(in) :: s
end subroutine show

subroutine caller(task, k)
  character(len=*), intent(in) :: task
  integer, intent(in) :: k
  call show(task(1:k))
end subroutine caller
