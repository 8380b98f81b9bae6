! stad: --head 'h(x)/(x)' --lib bad_external_nocheckpoint_option.lib --nocheckpoint scale
! --nocheckpoint cannot name a routine without source: its calls are always checkpointed.
subroutine h(x)
  real(8), intent(inout) :: x(3)
  call scale(3, 2.0d0, x)
end subroutine h
