! A parenthesized whole array as an actual argument is a copy of the array: refused, located.
subroutine s(a)
  real(8) a(3)
  a(1) = a(2)
end subroutine s

subroutine t(x)
  real(8) x(3)
  call s((x))
end subroutine t
