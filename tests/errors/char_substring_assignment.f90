! Assignment to a substring is refused: assign the whole variable.
subroutine mark(task)
  character(len=*), intent(inout) :: task
  task(1:2) = 'FG'
end subroutine mark
