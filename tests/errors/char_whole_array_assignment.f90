! A CHARACTER array assigned an array expression (a concatenation) is refused: write a DO loop
! over the elements; so is one assigned a section of itself that may overlap it when its length
! is known only at run time (no temporary can hold it). (From an array, a section or a scalar it
! is assigned element by element, through a temporary of a constant length when they overlap.)
subroutine clear(names)
  character(len=*) :: names(3)
  names = ' '
  names = names // 'x'
  names = names(3:1:-1)
end subroutine clear
