! Keyword arguments in a call of an external procedure (no explicit interface) are refused.
subroutine s(a)
  real(8) a
  a = 1
end subroutine s
subroutine t(x)
  real(8) x
  call s(a = x)
end subroutine t
