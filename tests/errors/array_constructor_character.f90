! CHARACTER values in an array constructor are refused with one error at the first of them: not
! one per value, nor a follow-on error at the assignment (s17 trial B's s%tags = [...] gave five).
program array_constructor_character
  implicit none
  type rec
    character(len=4) :: tags(3)
  end type
  type(rec) :: s
  character(len=2) :: names(2)
  s%tags = ['abcd', 'efgh', 'ijkl']
  names = ['ab', 'cd']
  print '(a)', s%tags(1), names(2)
end program
