! INCLUDE must be alone on its line (a ! comment may follow it, not another statement).
subroutine s(x)
  implicit none
  real(8), intent(inout) :: x
  include 'x.h'; x = 2 * x
end subroutine s
