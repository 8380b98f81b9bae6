! RESHAPE whose SHAPE reads a variable, alone and inside MATMUL inside MAXVAL: one located error
! each, naming RESHAPE's SHAPE and what to write instead (was an error about an initialization
! first, and one more for each array operation around it).
subroutine rs(n, u, v, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: u(n), v(n)
  real(8), intent(out) :: f
  real(8) :: a(1, n)
  a = reshape(u, [1, n])
  f = sum(a) + maxval(matmul(reshape(u, [1, n]), v))
end subroutine rs
