! stad: --head 'h(y)/(x)' --lib bad_external_passive_array.lib
! A passive routine that writes an active array: stad cannot tell which elements it overwrites
! (so which derivatives become zero), and refuses the call.
subroutine h(x, y)
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: y
  real(8) :: t(3)
  t = x
  call fill(2, t)
  y = t(1) + t(3)
end subroutine h
