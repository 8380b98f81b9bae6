! Sections whose extents are known at compile time must conform: a 3-element section cannot
! take a 4-element one (extents known only at run time are trusted, as gfortran does).
subroutine s(a, b)
  real(8) a(10), b(10)
  a(1:3) = b(2:5)
end subroutine s
