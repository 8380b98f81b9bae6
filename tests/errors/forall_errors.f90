! What FORALL does not take: a nested FORALL or WHERE, a statement other than an assignment,
! a section or a scalar assigned, a bound reading another index, a mask reading what a FORALL
! of several assignments assigns, a subscript of the element assigned reading its array, an
! index given twice, a right-hand side needing a temporary shaped like an assumed-size array.
subroutine s(n, x, y, z, k)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n), y(n, 2), z(*)
  integer, intent(inout) :: k(n)
  real(8) :: t
  integer :: i, j
  forall (i = 1:n)
    forall (j = 1:2) y(i, j) = 0
  end forall
  forall (i = 1:n)
    where (x > 0) x = 1
  end forall
  forall (i = 1:n)
    call s2(x)
  end forall
  forall (i = 1:2) y(:, i) = 0
  forall (i = 1:2) t = i
  forall (i = 1:n, j = i:2) y(i, j) = 1
  forall (i = 1:n, x(i) > 0)
    x(i) = -x(i)
    y(i, 1) = x(i)
  end forall
  forall (i = 1:n) k(k(i)) = i
  forall (i = 1:n, i = 1:2) y(i, i) = 0
  forall (i = 1:n) z(i) = z(n + 1 - i)
end subroutine s
subroutine s2(x)
  real(8) :: x(3)
  x = 0
end subroutine s2
