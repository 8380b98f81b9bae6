! SELECT CASE is outside the subset.
subroutine pick(k, y)
  integer, intent(in) :: k
  real(8), intent(out) :: y
  select case (k)
  case (1)
    y = 1.0d0
  case default
    y = 0.0d0
  end select
end subroutine pick
