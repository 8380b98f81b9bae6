! Every spelling of a kind: numbers (REAL*8, REAL(8), REAL(KIND=8), INTEGER*8, INTEGER(8)),
! named constants (REAL(dp), REAL(KIND=dp)), expressions (REAL(KIND(1d0)),
! REAL(KIND=SELECTED_REAL_KIND(15, 307)), INTEGER(SELECTED_INT_KIND(18))), literals with
! kinds (1.0_dp, 2_8, 3_ik, 1.5e3_real64, 1d0), kinds of typed FUNCTIONs, IMPLICIT with a
! kind, KIND= arguments of REAL, INT, NINT and FLOOR, and kinds from iso_fortran_env, in either case (2_IK).
module kinds_parse_m
  use, intrinsic :: iso_fortran_env, only: real64, int64
  implicit none
  integer, parameter :: dp = kind(1.0d0), ik = selected_int_kind(18)
  integer(kind=ik), parameter :: big = 3_ik * 1000000000_ik
  real(real64), parameter :: r = 1.5e3_real64
end module kinds_parse_m

real(kind=kind(1.0d0)) function kinds_f(x)
  use kinds_parse_m
  implicit none
  real(dp), intent(in) :: x
  kinds_f = x * r
end function kinds_f

subroutine kinds_all(a, n)
  use kinds_parse_m
  implicit none
  real(dp), intent(inout) :: a(3)
  integer(int64), intent(in) :: n
  real*8 :: r1
  real(8) :: r2
  real(kind=8) :: r3
  real(kind=dp) :: r4
  real(kind(1d0)) :: r5
  real(kind=selected_real_kind(15, 307)) :: r6
  integer*8 :: i1
  integer(8) :: i2
  integer(kind=8) :: i3
  integer(selected_int_kind(18)) :: i4
  integer(ik) :: i5
  real(4) :: s1
  real(kind=4) :: s2
  r1 = 1.0_dp; r2 = 2d0; r3 = 3.0_8; r4 = r1 + r2; r5 = r3; r6 = r5
  i1 = 2_8; i2 = 3_ik; i3 = big + 7_IK; i4 = n; i5 = i1 + i4 + 1_INT64
  s1 = real(r1, kind=4); s2 = real(r2, 4)
  a(1) = r4 + r6 + real(i5, dp) + real(s1 + s2, kind=dp)
  a(2) = real(int(r1, kind=8) + nint(r2, 8) + floor(r3, ik), dp)
  a(3) = real(i2 * i3, 8)
end subroutine kinds_all

subroutine kinds_implicit(x, k)
  use kinds_parse_m, only: dp
  implicit real(dp) (a-h, o-z), integer*8 (i-n)
  y = x * 2
  k = 4_8
  x = y + k
end subroutine kinds_implicit
