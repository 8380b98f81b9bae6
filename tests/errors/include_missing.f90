! An INCLUDE whose file is in neither the including file's folder nor an -I folder.
subroutine s(x)
  implicit none
  include 'no_such_header.h'
  real(8), intent(inout) :: x
  x = 2 * x
end subroutine s
