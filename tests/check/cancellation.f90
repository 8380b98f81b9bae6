! The derivative of f is a small difference of large terms: two sums of 200 terms of size 1e4
! whose arguments differ by 1d-9. Tangent and adjoint add the terms in different orders and agree
! only to the terms' rounding (1.7e-9 of the derivative), and the primal carries that rounding:
! 'inconclusive (cancellation)', not MISMATCH (s18 trial A F4). cancelw passes x through bump,
! whose hand-written adjoint (cancellation.c) is 1e-4 too large: a wrong derivative, still a
! MISMATCH.
subroutine cancel(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  real(8) :: s1, s2
  integer :: i
  s1 = 0
  s2 = 0
  do i = 1, n
    s1 = s1 + 1d4*sin(x*i)
  end do
  do i = n, 1, -1
    s2 = s2 + 1d4*sin((x + 1d-9)*i)
  end do
  f = s1 - s2
end subroutine cancel

subroutine cancelw(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  real(8) :: z
  external bump
  call bump(x, z)
  call cancel(n, z, f)
end subroutine cancelw
