! A substring passed to a dummy the callee may write is refused (pass the whole variable).
subroutine upcase(s)
  character(len=*) :: s
  s = 'X'
end subroutine upcase

subroutine caller(task)
  character(len=*), intent(inout) :: task
  call upcase(task(1:2))
end subroutine caller
