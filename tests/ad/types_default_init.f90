! stad: --head 'fit(r)/(p)' --set n=6
! Default initialization of components in derivative code: a local structure gets its values
! on every entry (the adjoint must not see the previous call's), an INTENT(OUT) dummy gets them
! before the routine sets the rest, a SAVE'd structure only once; structure constructors that
! leave out default-initialised components (keyword and positional), also a structure
! component whose type's components all have defaults.
module types_defaults
  implicit none
  type coeffs
    real(8) :: a = 0.5d0, b(3) = 0.25d0
    integer :: calls = 0
  end type
  type wrap
    type(coeffs) :: c
    real(8) :: scale = 2d0
  end type
contains
  subroutine make(c, p)
    type(coeffs), intent(out) :: c
    real(8), intent(in) :: p
    c%a = c%a * p
  end subroutine
end module

subroutine fit(n, p, r)
  use types_defaults
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: p(n)
  real(8), intent(out) :: r
  type(coeffs) :: c, d
  type(coeffs), save :: seen
  type(coeffs) :: e
  type(wrap) :: w
  integer :: i
  seen%calls = seen%calls + 1
  r = 0
  do i = 1, n
    call make(d, p(i))
    c%b(1) = c%b(1) + d%a * p(i)
    r = r + c%a * sin(c%b(1)) + d%b(2) * p(i)**2
  end do
  e = coeffs(b = p(1:3) * p(n))
  r = r + sum(e%b) * e%a
  e = coeffs(p(2), calls = 3)
  w = wrap(scale = p(4))
  r = r + e%a * e%b(3) * e%calls + w%scale * w%c%a
  c%a = r
end subroutine
