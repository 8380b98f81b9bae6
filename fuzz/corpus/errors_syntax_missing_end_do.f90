! A DO loop whose END DO is missing: the error points at the DO.
subroutine s(x, n)
  integer, intent(in) :: n
  real(8), intent(inout) :: x
  integer :: i
  do i = 1, n
    x = x + 1
end subroutine s
