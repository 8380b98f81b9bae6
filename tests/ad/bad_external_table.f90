! stad: --head 'h(x)/(x)' --lib bad_external_table.lib --table bad_external_table.table
! A toggle table cannot name the call of a routine without source (stad calls lists it as a
! comment): it is always checkpointed.
subroutine h(x)
  real(8), intent(inout) :: x(3)
  call scale(3, 2.0d0, x)
end subroutine h
