! stad: --head 'elems(a)/(a, b)' --set n=5
! Array elements passed as scalar actual arguments (read and written), with constant and
! computed subscripts, inside a loop and with two elements of the same array.
subroutine upd(p, q, r)
  implicit none
  real(8), intent(in) :: p, q
  real(8), intent(inout) :: r
  r = r + p * cos(q)
end subroutine upd

subroutine elems(n, a, b)
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: a(n)
  real(8), intent(in) :: b(n)
  integer :: i
  do i = 2, n
    call upd(a(i - 1), b(i), a(i))
  end do
  call upd(b(1), a(n), a(1))
end subroutine elems
