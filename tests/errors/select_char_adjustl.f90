! A CHARACTER SELECT CASE selector the IF chain cannot test again as it is: ADJUSTL and ADJUSTR
! (they need a buffer) and a concatenation are refused at the selector, with the way around
! (a variable, a substring and TRIM of one are supported). Before: an internal backend error.
subroutine pick(mode, x, y)
  implicit none
  character(len=*) :: mode
  real(8) :: x, y
  select case (adjustl(mode))
  case ('lin')
    y = 2d0 * x
  case default
    y = x
  end select
  select case (mode // 'x')
  case ('linx')
    y = y + 1d0
  end select
end subroutine pick
