! (gfortran rejects it too: the calls of one external procedure disagree within one file)
! A routine the pragma declares passive is known by its calls only: the first fixes its
! arguments, and a later call must agree with it.
subroutine h(x, y)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  integer :: k
  !$AD EXTERNAL PASSIVE note
  call note(x)
  call note(x, k)
  call note(k)
  y = x
end subroutine h
