! stad: --head 'columns(c)/(q)' --set n=3 --set m=4
! Sequence association: an element of a rank-2 array passed to an array dummy, so the callee
! works on one column in place.
subroutine colnorm(n, v, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: v(n)
  real(8), intent(out) :: s
  integer :: i
  s = 0
  do i = 1, n
    s = s + v(i)**2
  end do
  s = sqrt(s)
  do i = 1, n
    v(i) = v(i) / s
  end do
end subroutine colnorm

subroutine columns(n, m, q, c)
  implicit none
  integer, intent(in) :: n, m
  real(8), intent(inout) :: q(n, m)
  real(8), intent(out) :: c(m)
  integer :: j
  do j = 1, m
    call colnorm(n, q(1, j), c(j))
    c(j) = c(j) * q(2, j)
  end do
end subroutine columns
