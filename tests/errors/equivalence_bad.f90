! EQUIVALENCE beyond what stad supports: members of different types, a dummy (a COMMON member
! is supported: errors/equivalence_common_bad), an initialized variable, a subscript that is not a constant, groups that contradict
! each other, a DO variable, and EQUIVALENCE in a module.
module eqm
  real(8) :: g1, g2
  equivalence (g1, g2)
end module eqm

subroutine s(x, n)
  real(8) :: x
  integer :: n, i, k, j
  real(8) :: a(4), b(4), c, d, e
  real :: r
  real(8) :: w = 1d0
  save c
  equivalence (a, r)
  equivalence (x, d)
  equivalence (c, e)
  equivalence (w, b(1))
  equivalence (a(n), b)
  equivalence (a(1), b(1)), (a(2), b(1))
  equivalence (i, k)
  do i = 1, 3
    a(i) = x
  end do
  j = k
end subroutine s
