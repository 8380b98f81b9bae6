! A head dummy that starts before the COMMON member hd reads (g) and runs into it: the caller
! passes big(1) of its own layout of /cb/, so a(3) is g(1). The first-byte check let it through
! and the derivative was wrong (0.2041 against 0.3519); hd_b stops now (run_abi_overlap.sh; s19 review F5).
subroutine hd(a, y)
  implicit none
  real(8), intent(inout) :: a(3)
  real(8), intent(out) :: y
  real(8) :: w(2), g(4)
  common /cb/ w, g
  integer :: i
  y = 0
  do i = 1, 3
    a(i) = sin(a(i))*0.5d0
    y = y + a(i)*g(i)
  end do
end subroutine hd
