! Operator precedence and associativity: ** is right-associative and binds tighter than
! unary minus; a leading sign applies to the whole term; relational operators in both
! spellings; .NOT., .AND., .OR., .EQV., .NEQV.; a sign after an operator (extension).
subroutine exprs(a, b, c, l)
  real(8) :: a, b, c
  logical :: l
  a = -b**2
  a = b**c**2
  a = -b*c
  a = b - -c
  a = b * -c
  a = b ** -2
  a = b / c / 2
  a = (b + c) * (b - c)
  l = a .eq. b .or. a == b .and. .not. a > c
  l = a .lt. b .eqv. a <= c
  l = a /= b .neqv. a .ge. c
  l = .not. .not. l
end subroutine exprs
