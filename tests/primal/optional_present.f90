! OPTIONAL dummies and PRESENT: trailing arguments omitted, a middle one skipped by keyword,
! an optional passed on to another optional (absent stays absent), optional arrays of explicit
! and assumed shape, an optional FUNCTION argument, an INTERFACE-declared external, and an
! internal procedure that tests and reads its host's optional dummy.
module optm
  implicit none
contains
  subroutine blend(x, y, w, scale, note)
    real(8), intent(in) :: x
    real(8), intent(inout) :: y
    real(8), optional, intent(in) :: w, scale
    integer, optional, intent(out) :: note
    if (present(w)) then
      y = y + w * x
    else
      y = y + x
    end if
    if (present(scale)) y = y * scale
    if (present(note)) then
      note = 0
      if (present(w)) note = note + 1
      if (present(scale)) note = note + 2
    end if
  end subroutine blend

  subroutine relay(x, y, w, scale)
    real(8), intent(in) :: x
    real(8), intent(inout) :: y
    real(8), optional, intent(in) :: w, scale
    integer :: k
    call blend(x, y, w, scale, k)
    print *, 'relay', present(w), present(scale), k
  end subroutine relay

  subroutine total(n, a, s, v, u)
    integer, intent(in) :: n
    real(8), intent(in) :: a(n)
    real(8), intent(out) :: s
    real(8), optional, intent(in) :: v(n)
    real(8), optional, intent(inout) :: u(:)
    integer :: i
    s = 0
    do i = 1, n
      if (present(v)) then
        s = s + a(i) * v(i)
      else
        s = s + a(i)
      end if
    end do
    if (present(u)) then
      u = u + s
      s = s + sum(u) + size(u)
    end if
  end subroutine total

  real(8) function poly(x, c2, c3)
    real(8), intent(in) :: x
    real(8), optional, intent(in) :: c2, c3
    poly = 1 + x
    if (present(c2)) poly = poly + c2 * x**2
    if (present(c3)) poly = poly + c3 * x**3
  end function poly

  subroutine host(x, y, w)
    real(8), intent(in) :: x
    real(8), intent(inout) :: y
    real(8), optional, intent(in) :: w
    call inner()
    call inner()
  contains
    subroutine inner()
      if (present(w)) then
        y = y + w * x
      else
        y = y - x
      end if
    end subroutine inner
  end subroutine host
end module optm

subroutine ext_opt(x, y, w)
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8), optional, intent(in) :: w
  y = 2 * x
  if (present(w)) y = y + w
end subroutine ext_opt

program optional_present
  use optm
  implicit none
  interface
    subroutine ext_opt(x, y, w)
      real(8), intent(in) :: x
      real(8), intent(out) :: y
      real(8), optional, intent(in) :: w
    end subroutine ext_opt
  end interface
  real(8) :: y, s, a(4), v(4), u(3)
  integer :: k
  a = [1d0, 2d0, 3d0, 4d0]
  v = [0.5d0, -1d0, 2d0, 0.25d0]
  u = [1d0, 1d0, 1d0]
  y = 1
  call blend(2d0, y)
  print *, y
  call blend(2d0, y, 3d0)
  print *, y
  call blend(2d0, y, scale=0.5d0, note=k)
  print *, y, k
  call blend(2d0, y, note=k, w=1.5d0, scale=2d0)
  print *, y, k
  call relay(1d0, y)
  call relay(1d0, y, 2d0)
  call relay(1d0, y, scale=3d0)
  print *, y
  call total(4, a, s)
  print *, s
  call total(4, a, s, v)
  print *, s
  call total(3, a, s, u=u)
  print *, s, u
  call total(3, a, s, v, u)
  print *, s, u
  print *, poly(2d0), poly(2d0, 1d0), poly(2d0, c3=1d0), poly(2d0, c3=1d0, c2=2d0)
  call ext_opt(1d0, y)
  print *, y
  call ext_opt(1d0, y, w=5d0)
  print *, y
  y = 0
  call host(2d0, y)
  print *, y
  call host(2d0, y, 3d0)
  print *, y
end program optional_present
