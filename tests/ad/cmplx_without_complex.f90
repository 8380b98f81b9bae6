! stad: --head 't(s)/(x)'
! CMPLX, AIMAG, the complex EXP and ABS in a call tree that declares no COMPLEX entity (a Fourier
! mode, a speed |(u, v)|): refused as "not a supported intrinsic" before stop 18 (trial B F4).
subroutine t(x, s)
  real(8), intent(in) :: x
  real(8), intent(out) :: s
  s = aimag(cmplx(x, 2*x, 8)) + real(exp(cmplx(0d0, x, 8))) + abs(cmplx(x, 3*x, 8))
  call g(x, s)
end subroutine

subroutine g(x, s)
  real(8), intent(in) :: x
  real(8), intent(inout) :: s
  s = s * abs(dcmplx(s, x))
end subroutine
