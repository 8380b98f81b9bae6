! stad: --head 'cost(f)/(x)' --set n=4 --link external/passive.c
! `!$AD EXTERNAL PASSIVE` inside a CASE block of SELECT CASE (found by the random-program
! campaign of the pattern `where`: the pragma there was not seen).
subroutine cost(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8) :: t
  integer :: k
  f = 0
  do k = 1, n
    select case (k)
    case (2)
      !$AD EXTERNAL PASSIVE wall_time
      call wall_time(t)
      f = f + sin(x(k))
    case default
      f = f + x(k) * x(k)
    end select
  end do
end subroutine cost
