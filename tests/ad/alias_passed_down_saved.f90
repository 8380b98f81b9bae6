! stad: --head 'mal(s)/(x)'
! A module, COMMON or host array passed as g(2) to lvl1(m, a), which hands a on to lvl2(m, b);
! lvl2 also reads g by name, and lvl1 (or lvl2) writes its dummy: the writes through a or b
! change what lvl2's adjoint reads under the name g. Non-conforming (Fortran forbids referencing
! g(2) other than through a while a changes it) but legacy codes do it, and the primal runs as
! gfortran's. TBR took a and g as distinct: nothing saved, and with lvl1's call of lvl2 split
! (--default-nocheckpoint, auto, or that one site off) the adjoint was wrong (s18 trial B, F13:
! 3.753e-01 against 4.671e-01). mark_aliasing's "what a dummy may be" makes them one storage.
module mam
  implicit none
  real(8) :: g(3), h(3)
contains
  ! lvl2 writes b = g(2:3) while reading g(1) and g(i) by name
  subroutine lvl2(m, b)
    integer, intent(in) :: m
    real(8), intent(inout) :: b(m)
    integer :: i
    do i = 1, m
      b(i) = b(i) * 0.5d0 + g(1) * g(i)
    end do
  end subroutine
  subroutine lvl1(m, a)
    integer, intent(in) :: m
    real(8), intent(inout) :: a(m)
    call lvl2(m, a)
    a(1) = a(1) * 2
  end subroutine
  ! rd2 only reads (b and h(2) are one element); rd1 overwrites it after the call
  subroutine rd2(m, b, r)
    integer, intent(in) :: m
    real(8), intent(in) :: b(m)
    real(8), intent(out) :: r
    r = b(1) + b(2) + h(2)**2 * h(1)
  end subroutine
  subroutine rd1(m, a, r)
    integer, intent(in) :: m
    real(8), intent(inout) :: a(m)
    real(8), intent(out) :: r
    call rd2(m, a, r)
    a(1) = 5d0
  end subroutine
end module

! The COMMON form, with the block laid out as p, q(2) here and as c(3) in mal
subroutine cl2(m, b, r)
  implicit none
  integer m
  real(8) b(m), r, p, q
  common /blk/ p, q(2)
  r = b(1) * q(2) + b(2) + q(1)**2 * p
end subroutine
subroutine cl1(m, a, r)
  implicit none
  integer m
  real(8) a(m), r
  call cl2(m, a, r)
  a(1) = a(1) * a(2)
end subroutine

subroutine mal(x, s)
  use mam
  implicit none
  real(8), intent(in) :: x(3)
  real(8), intent(out) :: s
  real(8) :: r1, r2, w(3), c(3)
  common /blk/ c
  g = x
  call lvl1(2, g(2))
  h = x * 0.7d0 + 0.1d0
  call rd1(2, h(2), r1)
  c = x(3:1:-1) + 0.2d0
  call cl1(2, c(2), r2)
  w = x * 1.3d0
  call hl1(2, w(2))
  s = sum(g**2) + r1 + sum(h**2) + r2 + sum(c**2) + sum(w**2)
contains
  ! the host form: hl2 reads the host's w by host association while writing b = w(2:3)
  subroutine hl2(m, b)
    integer, intent(in) :: m
    real(8), intent(inout) :: b(m)
    integer :: i
    do i = 1, m
      b(i) = b(i) * 0.5d0 + w(1) * w(i)
    end do
  end subroutine
  subroutine hl1(m, a)
    integer, intent(in) :: m
    real(8), intent(inout) :: a(m)
    call hl2(m, a)
    a(1) = a(1) * 2
  end subroutine
end subroutine
