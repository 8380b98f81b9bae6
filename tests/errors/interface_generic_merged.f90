! Generic names stad refuses after merging the generics of one name from the USEd modules and
! choosing by a structure's declared type: two modules' specifics that take the same arguments,
! a structure no specific takes, two specifics taking the same structure.
module gm_a
  implicit none
  type :: pt_t
    real(8) :: x, y
  end type pt_t
  interface mag
    module procedure mag_a
  end interface
  interface shift
    module procedure shift_p, shift_q
  end interface
contains
  real(8) function mag_a(v)
    real(8), intent(in) :: v(:)
    mag_a = sum(abs(v))
  end function mag_a
  subroutine shift_p(p, d)
    type(pt_t), intent(inout) :: p
    real(8), intent(in) :: d
    p%x = p%x + d
  end subroutine shift_p
  subroutine shift_q(p, k)
    type(pt_t), intent(inout) :: p
    integer, intent(in) :: k
    p%y = p%y + k
  end subroutine shift_q
end module gm_a

module gm_b
  implicit none
  interface mag
    module procedure mag_b
  end interface
contains
  real(8) function mag_b(w)
    real(8), intent(in) :: w(:)
    mag_b = maxval(abs(w))
  end function mag_b
end module gm_b

program p
  use gm_a
  use gm_b
  implicit none
  type(pt_t) :: q
  real(8) :: v(3), s
  v = 1
  q%x = 1
  q%y = 2
  s = mag(v)
  s = s + mag(q)
  call shift(q, s)
  print *, s, q%x
end program p
