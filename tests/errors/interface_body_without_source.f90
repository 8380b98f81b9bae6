! An interface body declares an external routine whose source is not given: the call is refused
! as for any routine stad cannot see, with the ways to give it.
subroutine caller(x)
  real(8), intent(inout) :: x
  interface
    subroutine callee(y)
      real(8), intent(inout) :: y
    end subroutine callee
  end interface
  call callee(x)
end subroutine caller
