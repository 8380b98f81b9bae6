! An assumed-shape dummy takes an actual of its own rank.
module m
contains
  subroutine s(a)
    real(8), intent(inout) :: a(:)
    a = 0
  end subroutine s
end module m
subroutine t(x)
  use m
  real(8) x(3, 3)
  call s(x)
end subroutine t
