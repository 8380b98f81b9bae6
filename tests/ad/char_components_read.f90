! stad: --head 'cc(f)/(x)'
! CHARACTER components select what is computed (trial s16: refused): a substring of a
! component, a CHARACTER array component copied by structure assignment, LEN of CHARACTER
! arrays; the real component of the copy carries the derivative.
module mtc
  implicit none
  type tr
    character(len=4) :: name
    character(len=4) :: tags(3)
    real(8) :: v
  end type tr
end module mtc

subroutine cc(x, f)
  use mtc
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: f
  type(tr) :: a, b
  character(len=5) :: arr(3)
  a%name = 'salt'
  a%tags(1) = 'psu '
  a%tags(2) = 'sal '
  a%tags(3) = 'ocn '
  a%v = x(1) * x(2)
  b = a
  f = b%v * iachar(a%name(1:1)) / 100d0 + len(arr) * x(2) + len(b%tags) * x(1)**2
  if (b%tags(2) == 'sal ') f = f * sin(x(1))
  if (b%name(2:3) == 'al') f = f + exp(b%v)
end subroutine cc
