! END FORALL without a FORALL; a mask before an index; a FORALL block without END FORALL.
subroutine s(n, x)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  integer :: i
  end forall
  forall (x(1) > 0, i = 1:n) x(i) = 0
  forall (i = 1:n)
    x(i) = 3
end subroutine s
