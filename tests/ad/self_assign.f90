! stad: --head 's(f)/(x)'
! A statement whose derivative is its own left side (d = d - 2 with d active: 'dd = dd;' in the
! tangent, which clang -Wall flags as a self-assignment; s19 trial D F2). tests/tools/clang_wall.sh
! compiles the tangent and the adjoint with clang -Wall -Wextra -Werror.
subroutine s(x, f)
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  real(8) :: d
  d = x*x
  if (d > 1) d = d - 2
  d = d * 1
  f = d
end subroutine
