! stad: --head 'head()/(x)'
! An empty list of dependent outputs: differentiates nothing (stad check said "all derivatives
! agree"; s17 trial B): an error naming the empty list.
subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  y = x * x
end subroutine head
