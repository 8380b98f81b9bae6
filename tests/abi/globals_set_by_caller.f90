! stad: --head 'cost(f)/(x)'
! The caller (a gfortran main) sets a module array and a COMMON block (with padding before c,
! as gfortran's -falign-commons lays it out; declared in another order than the block's); the
! gradient w.r.t. x depends on them.
module setup
  implicit none
  real(8) :: wts(3)
end module setup

subroutine cost(x, f)
  use setup
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: f
  double precision c, d
  integer k
  common /pars/ k, c, d
  integer i
  f = 0
  do i = 1, 3
    f = f + wts(i) * c * x(i)**2 + d * sin(x(i))
  end do
  f = f * k
end subroutine cost
