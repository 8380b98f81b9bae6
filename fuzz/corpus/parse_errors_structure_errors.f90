! Mismatched block structure is reported at the construct.
subroutine st(n)
  integer n, i
  do i = 1, n
    if (n > 1) then
      n = 2
  end do
  end if
  else
  do 10 i = 1, n
    n = n + 1
end subroutine st
subroutine s2
end function
function f(x)
  f = x
end function g
program p
contains
  x = 1
end program p
subroutine unterminated
  do i = 1, 3
