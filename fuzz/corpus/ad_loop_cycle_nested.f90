! stad: --head 'skip2(s)/(x)'
! CYCLE in an inner loop of a loop nest: it skips one inner iteration per outer iteration.
subroutine skip2(x, s)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: s
  integer :: i, j
  s = x(1)
  do i = 1, 2
    do j = 1, 3
      if (j == i) cycle
      s = s * x(j)
    end do
  end do
end subroutine skip2
