! A block IF whose THEN is missing. Pending: today this gives "syntax error, unexpected end of
! line" at the end of the IF line, then a second, cascading "END IF without a matching IF".
! Wanted: one error that names the missing THEN (or a statement), and the block kept open.
subroutine clip(x)
  real(8), intent(inout) :: x
  if (x > 1.0d0)
    x = 1.0d0
  end if
end subroutine clip
