! stad: --head 'h(x)/(x)' --lib bad_external_assumed_size.lib
! The call of a routine without source must save what it overwrites and reads (its snapshot):
! an assumed-size array cannot be saved, and the call cannot be split instead.
subroutine inner(n, x)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(*)
  call scale(n, 2.0d0, x)
  x(1) = x(1) * x(2)
end subroutine inner

subroutine h(x)
  real(8), intent(inout) :: x(3)
  call inner(3, x)
end subroutine h
