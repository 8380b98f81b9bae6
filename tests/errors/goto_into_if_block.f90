! A GO TO into an IF block from outside it is refused.
subroutine jump(x)
  real(8), intent(inout) :: x
  if (x < 0.0d0) goto 10
  if (x > 1.0d0) then
    x = x - 1.0d0
10  x = x * 2.0d0
  end if
end subroutine jump
