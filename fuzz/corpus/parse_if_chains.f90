! IF / ELSE IF / ELSE / END IF chains, in both spellings (ELSEIF, ENDIF), nested, and
! one-line logical IFs.
subroutine ifs(x, y)
  real(8) :: x, y
  if (x > 0) then
    y = 1
  else if (x < -1) then
    y = -1
  elseif (x == -1) then
    y = 0
  else
    if (x /= 0) y = 2
    if (x .ne. 0 .and. y .gt. 0) then
      y = 3
    endif
  end if
  if (y >= 3) y = y + 1
  if (y <= 0) return
end subroutine ifs
