! stad: --head 'h(x)/(x)' --lib bad_external_name_clash.lib
! The adjoint of the routine without source 'twice' is called twice_b, which is also the name
! of a routine here.
subroutine twice_b(x)
  real(8), intent(inout) :: x
  x = 2 * x
end subroutine twice_b

subroutine h(x)
  real(8), intent(inout) :: x
  call twice(x)
  call twice_b(x)
end subroutine h
