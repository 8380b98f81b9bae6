! stad: --head 'permute(y)/(x)'
! A local integer array used as subscripts of active arrays: the adjoint needs the indices.
subroutine permute(x, y)
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  integer :: idx(2)
  idx(1) = 2
  idx(2) = 1
  y = x(idx(1)) * x(idx(2))**2
end subroutine permute
