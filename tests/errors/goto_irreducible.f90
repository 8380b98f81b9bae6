! A loop made of GO TOs that a GO TO enters in its middle (two entries: irreducible control
! flow) is refused, at the jump into the middle.
subroutine twoway(x, k)
  integer, intent(in) :: k
  real(8), intent(inout) :: x
  if (k > 0) goto 20
10 x = x * 0.5d0
20 x = x + 1.0d0
  if (x < 10.0d0) goto 10
end subroutine twoway
