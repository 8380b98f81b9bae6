! stad: --head 'leave2(s)/(x)'
! EXIT from an inner loop of a loop nest: it leaves the inner loop only, after a number of
! iterations that changes with the outer index.
subroutine leave2(x, s)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: s
  integer :: i, j
  s = x(1)
  do i = 1, 2
    do j = 1, 3
      if (j > i) exit
      s = s * x(j)
    end do
  end do
end subroutine leave2
