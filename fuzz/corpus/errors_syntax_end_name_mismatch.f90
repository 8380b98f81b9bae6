! END SUBROUTINE names another subroutine.
subroutine s(x)
  real(8), intent(inout) :: x
  x = x + 1
end subroutine t
