! stad: --head 'hd(y)/(a)'
! The head hd changes its dummy a and reads the module array g by name. A Fortran caller that
! passes g(2) as a makes them one storage: the derivative takes a and g as two variables, so
! it is wrong (hd_b gave 0.123 where differences give 0.246, half: g's change through a is not
! followed). The exported hd_b and hd_d stop at entry with a located message when a dummy they
! differentiate or change starts inside a module or COMMON variable the head uses by name; a
! copy passed in a local array is differentiated as usual.
module gm
  implicit none
  real(8) :: g(4)
end module gm

subroutine hd(a, y)
  use gm
  implicit none
  real(8), intent(inout) :: a(3)
  real(8), intent(out) :: y
  integer :: i
  y = 0
  do i = 1, 3
    a(i) = sin(a(i))*0.5d0
    y = y + a(i)*g(i+1)
  end do
end subroutine hd
