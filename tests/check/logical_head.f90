! A LOGICAL argument of the head selects the formula; an INTENT(OUT) INTEGER returns a count.
! stad check says which value the LOGICAL had, takes --set flag=T|F|.true.|.false., and asks no
! --set for k (s18 trial B F9, F16).
subroutine lg(n, x, flag, k, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  logical, intent(in) :: flag
  integer, intent(out) :: k
  real(8), intent(out) :: s
  integer :: i
  k = 0
  s = 0
  do i = 1, n
    if (flag) then
      s = s + x(i)**2
      k = k + 1
    else
      s = s + sin(x(i))
    end if
  end do
end subroutine lg
