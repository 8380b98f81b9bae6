! stad: --head 'head(f)/(x)'
! Found by tests/gen (seed 70009, stad main 6bf938f): a CHECKPOINT-START region that writes an
! assumed-size dummy. stad stops with an internal error, located at the routine instead of the
! region, each message twice:
!     region_writes_assumed_size.f90:9:1: error: the size of the assumed-size array 'v' is not known   (twice)
!     stad: internal error: the backend reported 2 problems
! Expected: a located refusal like the one for BINOMIAL-CKP loops ("the BINOMIAL-CKP loop writes
! 'v1', whose size is assumed ('*'): it cannot be saved"), or the region left unsaved.
subroutine mp1(a, v)
  implicit none
  real(8), intent(inout) :: a
  real(8), intent(inout) :: v(*)
  !$AD CHECKPOINT-START
  v(2) = v(2) * a
  !$AD CHECKPOINT-END
  a = a + v(2)
end subroutine mp1

subroutine head(x, f)
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: f
  real(8) :: w(3)
  w = x
  f = x(1)
  call mp1(f, w)
end subroutine head
