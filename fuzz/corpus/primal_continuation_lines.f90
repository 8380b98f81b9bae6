! Free-form continuation: `&` at the end of a line, optionally repeated at the start of the
! next, inside expressions, argument lists, declarations and IF conditions; comment lines and
! blank lines between continued lines; a line far longer than 132 characters.
module continuation_lines_m
  implicit none
contains
  real(8) function f(x, &
                     y)
    real(8), intent(in) :: x, y
    f = x - &
        y / &
        4.0d0
  end function f
end module continuation_lines_m

program continuation_lines
  use continuation_lines_m
  implicit none
  real(8) :: a, b, &
             c, d
  real(8) :: total
  integer :: i

  a = 1.5d0 + &
      2.25d0
  b = a * &
      & 3.0d0 &
      & - 0.5d0
  c = f( a, &
         ! a comment between continued lines

         b )
  d = a + b + c + a * b + b * c + c * a + a * a + b * b + c * c + a * b * c + (a - b) * (b - c) * (c - a) + 1.0d0 / a + 1.0d0 / b + 1.0d0 / c + sqrt(a) + sqrt(b) + sqrt(c)
  print *, a, b, c, &
           d
  total = 0.0d0
  do i = 1, &
         4
    if (i > 1 .and. &
        i < 4) then
      total = total + &
              i * a
    end if
  end do
  print *, total
  print *, 'a long line of text and numbers follows', a, b, c, d, total, a - b, b - c, c - d, d - total, a * 2.0d0, b * 2.0d0, c * 2.0d0
end program continuation_lines
