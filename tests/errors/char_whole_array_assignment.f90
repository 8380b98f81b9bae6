! A whole CHARACTER array is not assigned at once: write a DO loop over the elements.
subroutine clear(names)
  character(len=*) :: names(3)
  names = ' '
end subroutine clear
