! stad: --head 'head(y,f)/(x,s)'
! Found by tests/gen (seed 1300103, stad main 6bf938f, reduced by hand): the call-time-binding fix
! (array extents fixed at entry) misses CHECKPOINT-START regions. The region is outlined into a
! routine (sb_region8) that takes the extent of v from m at the region's own entry, after m was
! redefined, so in the tangent (sb_region8_d) and in the primal run of the adjoint's forward
! sweep (sb_region8, sb_region8_fwd) v(2, 2) is element 3 instead of 5 of the actual array; the
! primal-mode code is right. check_one.sh on it (any seed's driver):
!     0 WRONG tangent-primal WRONG the tangent's primal results differ from the primal's
! (prints then also: fd WRONG). In the generated C: `const int v_n1 = *m;` inside sb_region8_d.
subroutine sb(m, v, s)
  implicit none
  integer, intent(inout) :: m
  real(8), intent(in) :: v(m, 2)
  real(8), intent(inout) :: s
  m = 1
  !$AD CHECKPOINT-START
  s = s + v(2, 2)**2
  !$AD CHECKPOINT-END
end subroutine sb

subroutine head(n, x, s, y, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(in) :: s
  real(8), intent(out) :: y(n)
  real(8), intent(out) :: f
  integer :: m
  y = 0
  f = s
  m = 3
  call sb(m, x, f)
end subroutine head
