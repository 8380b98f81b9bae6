! Three calls for the site-id tests (run_update_table.sh): sq twice and cube once in head.
subroutine sq(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a
end subroutine sq

subroutine cube(a, b)
  implicit none
  real(8), intent(in) :: a
  real(8), intent(out) :: b
  b = a * a * a
end subroutine cube

subroutine head(x, y)
  implicit none
  real(8), intent(in) :: x
  real(8), intent(out) :: y
  real(8) :: s, t
  call sq(x, s)
  call cube(s, t)
  call sq(t, y)
end subroutine head
