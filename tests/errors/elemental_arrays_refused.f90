! ELEMENTAL procedures applied to arrays: what is refused, one located error each. Shapes that
! do not conform (extents known at compile time), an array result assigned to a scalar or to an
! array of another rank, a scalar given to an INTENT(OUT) dummy while other actuals are arrays,
! a CHARACTER dummy, an argument of another type.
module soft_mod
  implicit none
contains
  elemental real(8) function soft(x, s)
    real(8), intent(in) :: x, s
    soft = x / (s + abs(x))
  end function soft

  elemental subroutine upd(a, b)
    real(8), intent(inout) :: a
    real(8), intent(in) :: b
    a = a + b
  end subroutine upd

  elemental integer function code(c)
    character, intent(in) :: c
    code = ichar(c)
  end function code
end module soft_mod

subroutine apply(u, v, n)
  use soft_mod
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(4), v(3, 2)
  real(8) :: s, w
  integer :: k(2)
  character :: c(2)
  u = soft(u(1:3), u(2:4))
  u = soft(u, v(:, 1))
  s = soft(u, 1.0d0)
  u = soft(v, 1.0d0)
  call upd(s, u)
  k = code(c)
  u = soft(u, n)
  w = soft(s, 2.0d0)
end subroutine apply
