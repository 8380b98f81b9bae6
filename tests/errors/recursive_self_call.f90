! A function calling itself without the RECURSIVE prefix is refused, located at the call (the
! standard requires RECURSIVE; gfortran 12 refuses it too, even with -std=f2018).
function fact(n) result(r)
  integer :: n, r
  if (n <= 1) then
    r = 1
  else
    r = n * fact(n - 1)
  end if
end function fact
