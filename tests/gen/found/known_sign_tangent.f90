! stad: --head 'h(f)/(x)'
! Known bug (issue 8 §1, being fixed; passes on main 6bf938f): found by tests/gen (seeds 8, 60007
! against stad f217df8). stad diff --mode tangent crashes (SIGSEGV) on SIGN with a constant
! first argument under unary minus or division; sign(c, x) * y is fine.
!     stad diff known_sign_tangent.f90 --head 'h(f)/(x)' --mode tangent -o h.c   # status 139
subroutine h(x, f)
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: f
  f = -sign(0.3d0, x(1))
end subroutine h
