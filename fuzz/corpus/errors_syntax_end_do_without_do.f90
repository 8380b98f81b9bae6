! END DO with no DO open.
subroutine acc(x, n)
  integer, intent(in) :: n
  real(8), intent(inout) :: x
  x = x * n
  end do
end subroutine acc
