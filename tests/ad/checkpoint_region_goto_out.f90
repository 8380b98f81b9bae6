! stad: --head 'head(y)/(x)'
! GO TO around checkpointed regions: out of a region (its rest skipped), over a whole region,
! to a region's first statement, and a GO TO loop inside a region. Each region stays one
! checkpointed unit.
subroutine step(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(inout) :: b
  b = b * a + 0.1d0 * sin(b)
end subroutine step

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  integer :: k
  y = x
!$AD CHECKPOINT-START
  call step(x, y)
  if (y > 2.0d0) goto 10
  call step(x, y)
!$AD CHECKPOINT-END
  y = y + 1.0d0
10 y = y * x
  k = 0
  if (y > 100.0d0) goto 20
!$AD CHECKPOINT-START
  call step(x, y)
  y = y + 0.5d0
!$AD CHECKPOINT-END
20 k = k + 1
  if (k < 3) goto 30
  y = y * 0.5d0
!$AD CHECKPOINT-START
30 call step(x, y)
  k = k + 1
  if (k < 6) goto 30
!$AD CHECKPOINT-END
  y = y - x
end subroutine head
