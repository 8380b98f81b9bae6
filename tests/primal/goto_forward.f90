! Forward GO TO: skipping statements, leaving nested IF blocks from their middle, jumping to a
! labelled END IF, END DO and END, several jumps to one label, and a GO TO over dead code.
program goto_forward
  implicit none
  integer :: i, k
  real(8) :: s
  real(8), external :: skip_ahead
  do i = -2, 6
    s = skip_ahead(i)
    print *, i, s
  end do
  do i = 0, 7
    call nested(i, s)
    print *, i, s
  end do
  k = 0
  do i = 1, 5
    if (mod(i, 2) == 0) go to 10
    k = k + i
10 end do
  print *, k
  s = 1.0d0
  goto 20
  s = -1.0d0
  print *, 'dead'
20 print *, s
end program goto_forward

real(8) function skip_ahead(n)
  implicit none
  integer, intent(in) :: n
  skip_ahead = 1.0d0
  if (n < 0) goto 30
  skip_ahead = skip_ahead + 2.0d0
  if (n > 3) goto 40
  skip_ahead = skip_ahead * 3.0d0
  if (n == 1) goto 30
  skip_ahead = skip_ahead - 0.5d0
30 skip_ahead = skip_ahead + 10.0d0
40 continue
end function skip_ahead

subroutine nested(n, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(out) :: s
  s = 0.0d0
  if (n > 1) then
    s = s + 1.0d0
    if (n > 3) then
      s = s + 2.0d0
      if (n == 5) goto 50
      s = s + 4.0d0
    else
      if (n == 2) go to 60
      s = s + 8.0d0
    end if
    s = s + 16.0d0
50 end if
  s = s + 32.0d0
  if (n == 7) goto 99
  s = s + 64.0d0
60 s = s + 128.0d0
99 end subroutine nested
