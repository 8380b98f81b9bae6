! A REAL selector (Fortran allows none) and a CASE value that is not a constant.
subroutine pick(x, k, y)
  real(8), intent(in) :: x
  integer, intent(in) :: k
  real(8), intent(out) :: y
  select case (x)
  case default
    y = 0.0d0
  end select
  select case (k)
  case (1)
    y = 1.0d0
  case (k + 1)
    y = 2.0d0
  end select
end subroutine pick
