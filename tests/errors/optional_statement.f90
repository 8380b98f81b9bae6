! The OPTIONAL statement (the attribute in a type declaration is supported).
subroutine s(x, w)
  real(8), intent(inout) :: x
  real(8), intent(in) :: w
  optional :: w
  if (present(w)) x = x + w
end subroutine s
