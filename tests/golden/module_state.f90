! stad: --head 'cost(f)/(x)'
! A module variable read (scale, passive) and one written and read again (last, active: its
! derivative lives in module state_b).
module state
  implicit none
  real(8) :: scale = 2.0d0
  real(8) :: last
end module state

subroutine cost(x, f)
  use state
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  last = sin(x) * scale
  f = last * last
end subroutine cost
