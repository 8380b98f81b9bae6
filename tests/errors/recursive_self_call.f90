! A RECURSIVE function calling itself is refused, located at the call.
recursive function fact(n) result(r)
  integer :: n, r
  if (n <= 1) then
    r = 1
  else
    r = n * fact(n - 1)
  end if
end function fact
