! A head with VALUE dummies (trial s16: named only by their hidden names, c_value and n_value):
! --head, --set and --input name them as written, and stad check's rows say c.
subroutine damp(x, n, c, y)
  implicit none
  real(8), intent(in) :: x(4)
  integer, value :: n
  real(8), value :: c
  real(8), intent(out) :: y(4)
  y = x
  do while (n > 0)
    y = y - c * sin(y)
    c = c * 0.9d0
    n = n - 1
  end do
end subroutine damp
