! Inputs far below 1 (run_check_nan.sh, part 3): ATAN2 near 1e-160 and a length scale of 5e-5.
! With a step of eps^(1/3) * max(|x|, 1) the differences stepped past the inputs themselves: a
! false MISMATCH (exit 1) at 1e-160 (s19 trial D F1).
subroutine tiny(x, f)
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: f
  f = atan2(x(1), x(2)) * 1d-160 + x(1) * 3d0 + 1d-160 * exp(x(2) / 5d-161)
end subroutine
