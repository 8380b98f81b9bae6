! An ELEMENTAL function given a whole array: elemental application to arrays is refused, with
! the loop to write instead.
module soft_mod
  implicit none
contains
  elemental real(8) function soft(x)
    real(8), intent(in) :: x
    soft = x / (1 + abs(x))
  end function soft
end module soft_mod

subroutine apply(u, n)
  use soft_mod
  implicit none
  integer, intent(in) :: n
  real(8), intent(inout) :: u(n)
  u(1) = soft(u(2)) + sum(u)
  u = soft(u)
end subroutine apply
