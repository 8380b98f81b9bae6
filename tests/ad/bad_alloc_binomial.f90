! stad: --head 'f(y)/(x)'
! A BINOMIAL-CKP loop whose steps allocate and free a work array: its state between steps
! cannot be saved and re-run; refused, located, with what to do instead.
subroutine f(n, x, y)
  integer, intent(in) :: n
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8), allocatable :: w(:)
  integer :: t
  y = x
!$AD BINOMIAL-CKP n 2 1
  do t = 1, n
    allocate(w(t))
    w = y
    y = sin(sum(w))
    deallocate(w)
  end do
end subroutine f
