! A function referenced in a whole-array assignment reads the array being assigned through its
! module: it is evaluated once, before any element is assigned (found by tests/gen).
module m
  implicit none
  real(8) :: g(3)
contains
  real(8) function fsum()
    fsum = g(1) + g(2) + g(3)
  end function fsum
  real(8) function gat(i)
    integer, intent(in) :: i
    gat = g(i) * 2
  end function gat
end module m

program p
  use m
  implicit none
  g(1) = 1
  g(2) = 2
  g(3) = 3
  g = g + fsum()
  print *, g(1), g(2), g(3)
  g = g * gat(1) - gat(3)
  print *, g(1), g(2), g(3)
end program p
