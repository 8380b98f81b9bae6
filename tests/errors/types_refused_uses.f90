! Structures used where stad cannot take them: in arithmetic, a constructor not assigned, a
! missing component (without a default initialization), two array parts in one reference, the wrong type for a dummy, a
! component of a non-structure, a structure passed to an intrinsic; default initialization
! by an array constructor or of a component of derived type (once, none at the uses).
module types_uses
  implicit none
  type pt
    real(8) :: x, y
  end type
  type seg
    type(pt) :: ends(2)
  end type
  type vinit
    real(8) :: v(2) = [1.0d0, 2.0d0]
  end type
  type pinit
    type(pt) :: q = pt(1.0d0, 2.0d0)
  end type
contains
  subroutine show(p)
    type(pt), intent(in) :: p
    print *, p%x
  end subroutine
end module

program types_bad
  use types_uses
  implicit none
  type(pt) :: p, q
  type(seg) :: s, many(3)
  real(8) :: r
  type(vinit) :: vi
  type(pinit) :: pi
  p = pt(1.0d0, 2.0d0)
  p = pt(x = 1.0d0)
  q = p + p
  call show(pt(1.0d0, 2.0d0))
  r = p%z
  r = sum(many%ends%x)
  call show(s)
  r = r%x
  r = sqrt(p)
  s = p
  r = vi%v(1) + pi%q%x ! (no error: the refused defaults are reported once, at the TYPE)
end program
