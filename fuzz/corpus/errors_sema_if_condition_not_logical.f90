! An INTEGER expression as a block IF condition.
subroutine test(x, n)
  real(8), intent(inout) :: x
  integer, intent(in) :: n
  if (n) then
    x = 0.0d0
  end if
end subroutine test
