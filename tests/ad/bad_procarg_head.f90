! stad: --head 'euler(y)/(y p)'
! A head cannot take a procedure argument (the C interface cannot take a Fortran procedure):
! one located error at the dummy, saying to write a head that calls euler with the procedure;
! nothing about f being undefined, and none for the routine the head passes f on to.
subroutine rhs(y, dy, p)
  real(8), intent(in) :: y(2), p
  real(8), intent(out) :: dy(2)
  dy(1) = y(2)
  dy(2) = -p*y(1)
end subroutine rhs

subroutine step(f, h, y, p)
  external f
  real(8), intent(in) :: h, p
  real(8), intent(inout) :: y(2)
  real(8) :: dy(2)
  call f(y, dy, p)
  y = y + h*dy
end subroutine step

subroutine euler(f, y, p)
  external f
  real(8), intent(inout) :: y(2)
  real(8), intent(in) :: p
  integer :: k
  do k = 1, 10
    call step(f, 0.1d0, y, p)
  end do
end subroutine euler

subroutine osc(p, y)
  real(8), intent(in) :: p
  real(8), intent(inout) :: y(2)
  external rhs
  call euler(rhs, y, p)
end subroutine osc
