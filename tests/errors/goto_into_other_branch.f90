! A GO TO from one branch of an IF block into another is refused.
subroutine jump(x)
  real(8), intent(inout) :: x
  if (x > 1.0d0) then
    x = x - 1.0d0
    goto 10
  else
10  x = x * 2.0d0
  end if
end subroutine jump
