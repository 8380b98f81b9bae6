! stad: --head 'branchy(s)/(x)' --set n=8
! Call sites inside IF branches inside a loop: which sites run, and how often, depends on
! the active data.
subroutine up(a, s)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: s
  s = s + a * a
end subroutine up

subroutine down(a, s)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: s
  s = s * (1.0d0 - 0.2d0 * a)
end subroutine down

subroutine branchy(n, x, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: s
  integer :: i
  s = 1
  do i = 1, n
    if (x(i) > 1.0d0) then
      call up(x(i), s)
    else
      call down(x(i), s)
      if (s < 1.0d0) call up(0.5d0 * s, s)
    end if
  end do
end subroutine branchy
