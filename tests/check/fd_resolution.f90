! Where rounding decides what `stad check` can confirm (trial s16).
! flat: tanh(x) at x in [18, 19): the derivative, ~1e-16, is below what central differences of an
!   output of size 1 resolve (they give 0 at both steps): 'inconclusive', exit 0, not MISMATCH.
! tiny: exp(-x) * 1d300 at x in [740, 745): exp(-x) is subnormal, tangent and adjoint round it
!   at different places and come out ~17 % apart, all of it near 1e-24: MISMATCH, not an 'ok'
!   from a floor that counted everything below 1e-14 as equal.
subroutine flat(x, f)
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  f = tanh(x)
end subroutine flat

subroutine tiny(x, f)
  real(8), intent(in) :: x
  real(8), intent(out) :: f
  f = exp(-x) * 1d300
end subroutine tiny
