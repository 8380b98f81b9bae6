! stad: --head 'f(y)/(x)'
! A CHECKPOINT-START region that uses an ALLOCATABLE array is refused where the region starts
! (its shape is not the one on entry): end the region before, or checkpoint a call instead.
subroutine f(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8), allocatable :: w(:)
  allocate(w(3))
  w = x
  !$AD CHECKPOINT-START
  w(2) = w(1) * w(3)
  !$AD CHECKPOINT-END
  y = sum(w)
end subroutine f
