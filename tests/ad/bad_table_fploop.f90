! stad: --head 'head(y)/(x)' --table bad_table_fploop.table
! A toggle table naming an FP-LOOP that does not exist (head has one: head:fploop#1).
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: s, t, e
  s = 0
  e = 1
  !$AD FP-LOOP s
  do while (e > 1d-14)
    t = 0.5d0*sin(s) + x
    e = abs(t - s)
    s = t
  end do
  y = s * s
end subroutine head
