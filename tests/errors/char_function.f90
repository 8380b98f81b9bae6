! CHARACTER functions are refused: return the string through a CHARACTER argument.
function label(k)
  integer, intent(in) :: k
  character(len=4) :: label
  label = 'none'
  if (k > 0) label = 'some'
end function label
