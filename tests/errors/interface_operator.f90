! Operator interfaces are passed over without an error where they are declared (INTERFACE,
! PUBLIC, USE ... ONLY): one error where an operator is used, saying what to write instead, and
! none for an operator nobody uses; a structure operator's use says so too. A defined assignment is refused at its interface.
module vec_ops
  implicit none
  private
  public :: operator(.dot.), operator(+), field_t, dot_pairs, field_add
  public :: assignment(=)
  type :: field_t
    real(8) :: v(2)
  end type field_t
  interface operator(.dot.)
    module procedure dot_pairs
  end interface
  interface operator(+)
    module procedure field_add
  end interface
  interface assignment(=)
    module procedure field_set
  end interface
contains
  function dot_pairs(a, b) result(c)
    real(8), intent(in) :: a(2), b(2)
    real(8) :: c
    c = sum(a * b)
  end function dot_pairs
  function field_add(a, b) result(c)
    type(field_t), intent(in) :: a, b
    type(field_t) :: c
    c%v = a%v + b%v
  end function field_add
  subroutine field_set(a, x)
    type(field_t), intent(out) :: a
    real(8), intent(in) :: x
    a%v = x
  end subroutine field_set
end module vec_ops

program p
  use vec_ops, only: operator(.dot.), dot_pairs, field_t, operator(+)
  implicit none
  real(8) :: a(2), d
  type(field_t) :: u, w
  a = [1d0, 2d0]
  d = dot_pairs(a, a) + (a .dot. a)
  u%v = a
  w = u + u
  print *, d, w%v
end program p
