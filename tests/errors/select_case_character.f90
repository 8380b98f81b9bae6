! SELECT CASE on a CHARACTER selector is refused until CHARACTER variables are supported.
subroutine pick(y)
  real(8), intent(out) :: y
  select case ('ab')
  case ('ab')
    y = 1.0d0
  case default
    y = 0.0d0
  end select
end subroutine pick
