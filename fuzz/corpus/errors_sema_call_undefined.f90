! A CALL to a subroutine that none of the given files defines.
subroutine driver(x)
  real(8), intent(inout) :: x
  call smooth(x)
end subroutine driver
