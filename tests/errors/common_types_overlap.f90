! COMMON /c/ seen as INTEGER n and REAL(8) x(3) in one routine and as REAL(8) y(4) in another:
! y(1) would read n's bytes as a REAL(8). Refused (storage association between types).
subroutine one(s)
  real(8) s
  integer n
  real(8) x(3)
  common /c/ n, x
  s = n * x(1)
end subroutine one

subroutine two(s)
  real(8) s
  real(8) y(4)
  common /c/ y
  s = y(1) + y(4)
end subroutine two
