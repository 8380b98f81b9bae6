! stad: --head 'model(cost)/(u0 k)' --set n=8 --set ny=5 --set nd=7
! Nested time loops, both under BINOMIAL-CKP: days inside years.
subroutine day(n, u, k)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  real(8), intent(in) :: k
  integer :: i
  real(8) :: tmp(n)
  do i = 1, n
    tmp(i) = u(i)
  end do
  do i = 2, n - 1
    u(i) = tmp(i) + 0.1d0 * k * (tmp(i-1) - 2.0d0 * tmp(i) + tmp(i+1)) + 0.01d0 * sin(tmp(i))
  end do
end subroutine day

subroutine model(n, ny, nd, u0, k, cost)
  implicit none
  integer, intent(in) :: n, ny, nd
  real(8), intent(in) :: u0(n), k
  real(8), intent(out) :: cost
  real(8) :: u(n)
  integer :: i, y, d
  do i = 1, n
    u(i) = u0(i)
  end do
!$AD BINOMIAL-CKP ny 2 1
  do y = 1, ny
!$AD BINOMIAL-CKP nd 3 1
    do d = 1, nd
      call day(n, u, k)
    end do
    u(1) = u(1) * 0.99d0
  end do
  cost = 0.0d0
  do i = 1, n
    cost = cost + u(i)**2
  end do
end subroutine model
