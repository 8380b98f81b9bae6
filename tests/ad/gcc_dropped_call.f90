! stad: --head 'cost(f)/(x)' --set n=6
! gcc 11/12 at -O2 (Debian 12's 12.2) deleted the first call of smooth: its IPA mod-ref and
! pure-const summaries let DCE drop a static routine that stores through w, calls sin and reads
! n by address, once a second call passes a constant (backend/emit.c gcc_guard). Wrong primal
! and derivatives at -O2 only, silent in stad diff (found by stad check, s16).
subroutine smooth(n, v, w)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: v(n)
  real(8), intent(inout) :: w(n)
  integer :: i
  do i = 1, n
    w(i) = w(i) + sin(v(i)) * v(n + 1 - i)
  end do
end subroutine smooth

subroutine cost(n, x, f)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: f
  real(8) :: w(n), h(3)
  w = x * x
  call smooth(n, x, w)
  h = 1.0d0
  call smooth(3, x, h)
  f = sum(w * x)
end subroutine cost
