! stad: --head 'h(y)/(x)'
! Malformed !$AD EXTERNAL directives: without PASSIVE, without names, with a name that is not one.
subroutine h(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  !$AD EXTERNAL timer
  !$AD EXTERNAL PASSIVE
  !$AD EXTERNAL PASSIVE 2fast
  y = x
end subroutine h
