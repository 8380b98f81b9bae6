! stad: --head 'gather(y)/(x)' --set n=6
! Indirect addressing through a local integer work array: a gather, and a scatter-add whose
! index repeats (the adjoint must accumulate, not overwrite).
subroutine gather(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y(n)
  integer :: idx(n), i
  do i = 1, n
    idx(i) = mod(3 * i, n) + 1
    y(i) = 0
  end do
  do i = 1, n
    y(i) = x(idx(i)) * x(i)
  end do
  do i = 1, n
    y(idx(i)) = y(idx(i)) + 0.5d0 * x(i)**2
  end do
end subroutine gather
