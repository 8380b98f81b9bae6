! An assumed-shape head dummy given g(2:4) of the module array hd reads by name: was not checked
! at all (cb exactly half of the differences); hd_b stops now (run_abi_overlap.sh; s19 review F6).
module ovgm
  implicit none
  real(8) :: g(4)
end module ovgm
subroutine hd(a, y)
  use ovgm
  implicit none
  real(8), intent(inout) :: a(:)
  real(8), intent(out) :: y
  integer :: i
  y = 0
  do i = 1, 3
    a(i) = sin(a(i))*0.5d0
    y = y + a(i)*g(i+1)
  end do
end subroutine hd
