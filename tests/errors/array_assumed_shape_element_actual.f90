! An array element cannot be passed to an assumed-shape dummy (it has no shape): pass a section.
module m
contains
  subroutine s(a)
    real(8), intent(inout) :: a(:)
    a = 0
  end subroutine s
end module m
subroutine t(x)
  use m
  real(8) x(10)
  call s(x(2))
end subroutine t
