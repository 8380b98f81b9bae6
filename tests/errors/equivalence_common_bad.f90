! EQUIVALENCE of locals with COMMON members beyond what Fortran allows (a local on a member,
! extending the block past its end, is supported: primal/equivalence_common): a local that would
! extend the block before its start, a class joining two blocks, two members of one block, and
! members of different types; each refused once, where it is written.
subroutine s(x)
  implicit none
  real(8) :: x
  real(8) :: c, d(2), e(3), h, p(4), q(2)
  real :: r
  common /blk/ c, d
  common /two/ h
  common /three/ p
  equivalence (c, e(2))
  equivalence (h, q(1)), (q(2), c)
  equivalence (p(1), p(2))
  equivalence (d(1), r)
  x = c + d(1) + e(1) + h + q(1) + p(1) + r
end subroutine s
