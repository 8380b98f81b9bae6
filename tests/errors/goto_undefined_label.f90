! A GO TO to a label no statement carries.
subroutine nolabel(x)
  real(8), intent(inout) :: x
  if (x > 0.0d0) goto 30
  x = -x
20 continue
end subroutine nolabel
