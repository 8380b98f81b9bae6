! stad: --head 'cost(f)/(x)' --set n=4 --link external/passive.c
! The !$AD EXTERNAL PASSIVE pragma inside a CASE of a SELECT CASE declares the routine for the
! whole program, as anywhere else (it was missed there: found by the internal-procedure campaign).
subroutine cost(n, x, f)
  implicit none
  integer :: n, k
  real(8) :: x(n), f
  f = 0
  do k = 1, n
    select case (k)
    case (1)
      f = f + sin(x(k))
    case default
      !$AD EXTERNAL PASSIVE log_norm
      call log_norm(n, x)
      f = f + x(k) ** 2
    end select
  end do
end subroutine cost
