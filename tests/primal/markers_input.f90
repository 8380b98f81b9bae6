# 1 "markers_original.F90"
! Input that was preprocessed already: line markers as cpp writes them are honoured (a
! diagnostic would name markers_original.F90 and its lines) and the code reads as usual.
# 1 "<built-in>"
# 1 "<command-line>"
# 1 "markers_original.F90"
program markers
  implicit none
  real(8) :: a
# 12 "markers_original.F90"
  a = 2.5d0
# 1 "markers_header.h" 1
  a = a * 2
# 14 "markers_original.F90" 2
  print *, a
end program markers
