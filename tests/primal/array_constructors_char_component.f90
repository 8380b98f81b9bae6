! A CHARACTER array constructor assigned to a structure's CHARACTER array component and to an
! array, the characters printed as codes (refused until s19, with one error: s17 trial B's s%tags = [...] gave five).
program array_constructors_char_component
  implicit none
  type rec
    character(len=4) :: tags(3)
  end type
  type(rec) :: s
  character(len=2) :: names(2)
  integer :: i, k
  s%tags = ['abcd', 'efgh', 'ijkl']
  names = ['ab', 'cd']
  print '(a)', s%tags(1), s%tags(3), names(2)
  s%tags(2:3) = [character(len=2) :: 'xyz', names(1)]
  print '(a)', s%tags
  print *, ((ichar(s%tags(i)(k:k)), k = 1, 4), i = 1, 3), ((ichar(names(i)(k:k)), k = 1, 2), i = 1, 2)
end program array_constructors_char_component
