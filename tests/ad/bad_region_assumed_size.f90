! stad: --head 'head(f)/(x)'
! A CHECKPOINT-START region whose snapshot needs an assumed-size array (found by tests/gen):
! refused where the region starts, with what to do instead.
subroutine mp1(a, v)
  implicit none
  real(8), intent(inout) :: a
  real(8), intent(inout) :: v(*)
  !$AD CHECKPOINT-START
  v(2) = v(2) * a
  !$AD CHECKPOINT-END
  a = a + v(2)
end subroutine mp1

subroutine head(x, f)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: f
  real(8) :: w(3)
  w = x
  f = x(1)
  call mp1(f, w)
end subroutine head
