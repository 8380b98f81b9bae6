! Generic interfaces stad refuses: no specific for the arguments' types, two specifics for the
! same arguments, a specific that is not in the given files.
module gen_bad
  implicit none
  interface pick
    module procedure pick_r8, pick_i
  end interface pick
  interface twin
    module procedure twin_a, twin_b
  end interface
  interface lost
    module procedure nowhere
  end interface
contains
  real(8) function pick_r8(x)
    real(8), intent(in) :: x
    pick_r8 = x
  end function pick_r8
  real(8) function pick_i(k)
    integer, intent(in) :: k
    pick_i = k
  end function pick_i
  subroutine twin_a(x)
    real(8), intent(inout) :: x
    x = 2 * x
  end subroutine twin_a
  subroutine twin_b(y)
    real(8), intent(inout) :: y
    y = 3 * y
  end subroutine twin_b
end module gen_bad

program p
  use gen_bad
  implicit none
  real(8) :: v(3), s
  real :: r
  v = 1
  r = 2
  s = pick(r)
  s = pick(v)
  call twin(s)
  call lost(s)
  print *, s
end program p
