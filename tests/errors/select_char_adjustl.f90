! A CHARACTER SELECT CASE selector the IF chain cannot test again as it is: ADJUSTR and a
! concatenation of a length stad does not know (a dummy of length *) need a buffer; they are
! refused at the selector, with the way around, and once: no second error at the CASE values.
! (Those of constant length are assigned to a local first; ADJUSTL of a variable, a variable, a
! substring and TRIM of one are supported.) Before: an internal backend error.
subroutine pick(mode, x, y)
  implicit none
  character(len=*) :: mode
  real(8) :: x, y
  select case (adjustl(mode))  ! supported
  case ('lin')
    y = 2d0 * x
  case default
    y = x
  end select
  select case (mode // 'x')
  case ('linx')
    y = y + 1d0
  end select
  select case (trim(adjustr(mode)))
  case ('a':'k', 'q')
    y = y * 3d0
  case ('lin')
    y = y + x
  end select
end subroutine pick
