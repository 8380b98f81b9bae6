! stad: --head 'top(f)/(x w0)' --set n=6
! OPTIONAL dummies and PRESENT: a trailing argument omitted (mid, wsum), a middle one skipped by
! keyword (wts=), PRESENT selecting an active computation, an optional passed on to another
! optional (mid hands c and wts to scale_acc: absent stays absent), optional arrays of explicit (wts) and
! assumed (u) shape, an optional FUNCTION argument, an internal procedure that tests its host's
! optional, and checkpointed call sites of such routines (one by pragma; run_ad.sh switches all)
! and a checkpointed region whose calls leave an argument out (outlined without it).
module opt_args
  implicit none
contains
  subroutine scale_acc(n, a, s, c, wts, u)
    integer, intent(in) :: n
    real(8), intent(inout) :: a(n)
    real(8), intent(inout) :: s
    real(8), optional, intent(inout) :: c
    real(8), optional, intent(in) :: wts(n)
    real(8), optional, intent(inout) :: u(:)
    integer :: i
    do i = 1, n
      if (present(wts)) then
        s = s + wts(i) * sin(a(i))
      else
        s = s + sin(a(i))
      end if
      a(i) = a(i) * 0.9d0 + 0.1d0 * s
    end do
    if (present(c)) then
      c = 0.5d0 * c + 0.1d0 * sin(s) * c
      s = s + 0.1d0 * c * c
    end if
    if (present(u)) then
      do i = 1, size(u)
        u(i) = 0.5d0 * u(i) + 0.1d0 * s * u(i)
      end do
      s = s + 0.2d0 * u(1)
    end if
  end subroutine scale_acc

  subroutine mid(n, a, s, c, wts)
    integer, intent(in) :: n
    real(8), intent(inout) :: a(n), s
    real(8), optional, intent(inout) :: c
    real(8), optional, intent(in) :: wts(n)
    !$AD CHECKPOINT
    call scale_acc(n, a, s, c)
    call scale_acc(n, a, s, c, wts)
  end subroutine mid

  real(8) function wsum(n, a, w) result(r)
    integer, intent(in) :: n
    real(8), intent(in) :: a(n)
    real(8), optional, intent(in) :: w
    integer :: i
    r = 0
    do i = 1, n
      r = r + a(i)**2
    end do
    if (present(w)) r = r * w
  end function wsum
end module opt_args

subroutine top(n, x, w0, f)
  use opt_args
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n), w0
  real(8), intent(out) :: f
  real(8) :: a(n), c, s, u(3)
  a = x
  s = 0
  c = w0
  u = x(1:3)
  !$AD CHECKPOINT-START
  call mid(n, a, s)
  call mid(n, a, s, c, x)
  !$AD CHECKPOINT-END
  call scale_acc(n, a, s, wts=x)
  call scale_acc(n, a, s, u=u)
  f = s + c + sum(a) + sum(u) + wsum(n, x) + wsum(n, a, c)
  call inner(f, c)
  call inner(f)
contains
  subroutine inner(g, w)
    real(8), intent(inout) :: g
    real(8), optional, intent(in) :: w
    if (present(w)) g = g + w * sin(g)
    g = g + 0.1d0 * wsum(n, x, w)
  end subroutine inner
end subroutine top
