! stad: --head 'h(x)/(x)' --lib bad_external_nocheckpoint.lib
! A call of a routine without source cannot be switched off: its adjoint (scale_b) is called
! after its inputs are restored from a snapshot, so the pragma is refused.
subroutine h(x)
  real(8), intent(inout) :: x(3)
  !$AD NOCHECKPOINT
  call scale(3, 2.0d0, x)
end subroutine h
