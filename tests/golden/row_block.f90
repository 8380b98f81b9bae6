! stad: --head 'evolve(u)/(u, c)' --default-nocheckpoint
! One tape block per overwritten row: relax writes each u(i+1, j) once and its adjoint does not
! read u, so the forward sweep pushes u(1:n, j) as one block before the inner loop (no push per
! element) and the backward sweep pops it after the reversed loop; the j loop has PARAMETER
! bounds, so no trip count is pushed for it. grow's adjoint reads u: one push per element.
module grid
  implicit none
  integer, parameter :: m = 2
end module grid

subroutine relax(n, c, u, w)
  use grid
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n, m)
  real(8), intent(in) :: w(n, m)
  integer :: i, j
  do j = 1, m
    do i = 0, n - 1
      u(i + 1, j) = u(i + 1, j) + c * w(i + 1, j)
    end do
  end do
end subroutine relax

subroutine grow(n, u, w)
  use grid
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n, m)
  real(8), intent(inout) :: w(n, m)
  integer :: i, j
  do j = 1, m
    do i = 1, n
      w(i, j) = u(i, j) * u(i, j)
      u(i, j) = u(i, j) * w(i, j)
    end do
  end do
end subroutine grow

subroutine evolve(n, c, u)
  use grid
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: c
  real(8), intent(inout) :: u(n, m)
  real(8) :: w(n, m)
  integer :: t
  w = 0.0d0
  do t = 1, 2
    call grow(n, u, w)
    call relax(n, c, u, w)
  end do
end subroutine evolve
