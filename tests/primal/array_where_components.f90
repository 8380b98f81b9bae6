! WHERE on components of a derived type: a mask reading the component assigned at other
! elements (a mask temporary shaped like the mask), and ELSEWHERE.
module m
  implicit none
  type :: state
    real(8) :: u(6), v(6)
  end type state
end module m
program array_where_components
  use m
  implicit none
  type(state) :: s
  integer :: i
  do i = 1, 6
    s%u(i) = i - 3.5d0
    s%v(i) = 0.5d0 * i
  end do
  where (s%u(1:5) < s%u(2:6))
    s%u(2:6) = s%u(1:5) * 2
    s%v(1:5) = s%u(2:6)
  elsewhere
    s%v(1:5) = -1
  end where
  print *, s%u
  print *, s%v
  where (s%v > 0) s%v = sqrt(s%v)
  print *, s%v
end program array_where_components
