! A non-contiguous section given to an INTENT(OUT) dummy that is smaller than the section (or
! leaves elements unwritten): the elements the callee does not write keep their values (the
! copy-in/copy-out temporary once started empty; found by a random-program campaign, seed 500050).
subroutine fill(v)
  real(8), intent(out) :: v(0:1)
  v(0) = 1.5d0
  v(1) = -2.5d0
end subroutine fill

subroutine fill_first(w, n)
  integer, intent(in) :: n
  real(8), intent(out) :: w(n)
  w(1) = 7d0
end subroutine fill_first

program section_actual_intent_out
  implicit none
  real(8) :: y(6), z(3, 4)
  integer :: i
  y = -0.62d0
  call fill(y(5:1:-2))
  print *, y
  do i = 1, 4
    z(:, i) = 10 * i + [1d0, 2d0, 3d0]
  end do
  call fill_first(z(2, 1:4:2), 2)
  print *, z
end program section_actual_intent_out
