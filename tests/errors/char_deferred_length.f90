! Deferred-length CHARACTER, in both spellings, is one located refusal each, with what to write
! instead (trial s16: a bare syntax error).
program p
  implicit none
  character(len=:), allocatable :: label
  character(:), allocatable :: name
  real(8) :: x
  x = 1.5d0
  label = 'abc'
  name = label // 'd'
  print *, label, name, x
end program p
