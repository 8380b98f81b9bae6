! A CHARACTER array assigned an array expression (a concatenation) is refused: write a DO loop
! over the elements. (From an array, a section or a scalar it is assigned element by element.)
subroutine clear(names)
  character(len=*) :: names(3)
  names = ' '
  names = names // 'x'
end subroutine clear
