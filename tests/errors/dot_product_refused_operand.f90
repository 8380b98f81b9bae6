! DOT_PRODUCT of an array constructor of non-constant size: the constructor's refusal, and no
! second error about the sizes (it reported an uninitialised number: 0 and 140726728979852).
subroutine t(n, a, s)
  integer, intent(in) :: n
  real(8), intent(in) :: a(2*n)
  real(8), intent(out) :: s
  integer :: i
  s = dot_product(a, [(real(i, 8), i = 1, 2*n)])
end subroutine
