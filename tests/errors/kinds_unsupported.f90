! Kinds stad refuses, each located: long double and quad precision (by number, by a named
! constant, by SELECTED_REAL_KIND, in a literal), INTEGER(2), a kind that names nothing, a kind
! that is not constant, and an INTEGER(8) value too large for an INTEGER PARAMETER.
module kinds_unsupported_m
  implicit none
  integer, parameter :: qp = 16, ep = 10
  integer, parameter :: xp = selected_real_kind(18)
  integer, parameter :: hp = selected_int_kind(4)
end module kinds_unsupported_m

subroutine kinds_unsupported(x, n)
  use kinds_unsupported_m
  implicit none
  integer :: n
  real(kind=qp) :: a
  real(ep) :: b
  integer(hp) :: c
  real(dp) :: d
  real(n) :: e
  real(8) :: x
  integer, parameter :: toobig = 3000000000_8
  x = 1.0_qp + 2.0_wp
end subroutine kinds_unsupported
