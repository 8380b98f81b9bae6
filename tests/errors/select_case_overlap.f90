! Two CASEs of one SELECT CASE may not share a value.
subroutine pick(k, y)
  integer, intent(in) :: k
  real(8), intent(out) :: y
  select case (k)
  case (1:5)
    y = 1.0d0
  case (7, 5)
    y = 2.0d0
  case default
    y = 0.0d0
  end select
end subroutine pick
