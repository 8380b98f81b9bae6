! DATA with implied DO loops that cannot be done at compile time, or do not fit: one located
! error per DATA statement.
subroutine s(n, y)
  integer, intent(in) :: n
  real(8), intent(out) :: y
  real(8) :: c(5), a(2, 3), b(3)
  integer :: i, j
  data (c(i), i = 1, n) /5*1d0/
  data ((a(i, j), i = 1, 2), j = 1, 4) /8*0d0/
  data (b(i), i = 1, 3, 0) /3*2d0/
  y = c(1) + a(1, 1) + b(1) + n
end subroutine s
