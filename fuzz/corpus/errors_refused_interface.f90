! INTERFACE blocks are outside the subset: one error for the whole block.
subroutine caller(x)
  real(8), intent(inout) :: x
  interface
    subroutine callee(y)
      real(8), intent(inout) :: y
    end subroutine callee
  end interface
  call callee(x)
end subroutine caller
