! Keyword arguments are supported only in calls of array intrinsics.
subroutine s(a)
  real(8) a
  a = 1
end subroutine s
subroutine t(x)
  real(8) x
  call s(a = x)
end subroutine t
