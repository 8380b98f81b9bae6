! A time loop under BINOMIAL-CKP with too few snapshots: stad tune should raise the count.
subroutine step(n, u, k)
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
end subroutine step

subroutine model(n, nt, u0, k, cost)
  implicit none
  integer, intent(in) :: n, nt
  real(8), intent(in) :: u0(n), k
  real(8), intent(out) :: cost
  real(8) :: u(n)
  integer :: i, t
  do i = 1, n
    u(i) = u0(i)
  end do
!$AD BINOMIAL-CKP nt 2 1
  do t = 1, nt
    call step(n, u, k)
    u(1) = u(1) * 0.99d0
  end do
  cost = 0.0d0
  do i = 1, n
    cost = cost + u(i)**2
  end do
end subroutine model
