# 1 "markers_error_original.F90"
! Preprocessed input: the error is reported at the line of the original file the markers name
! (which is not here, so no line is quoted), and in the header it came from.
subroutine s(x)
  implicit none
  real(8), intent(inout) :: x
# 40 "markers_error_original.F90"
  x = 2 * * x
# 1 "markers_error_header.h" 1
  x = x +
# 42 "markers_error_original.F90" 2
end subroutine s
