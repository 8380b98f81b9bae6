! Fortran reserves no words: statement keywords used as variable names, recognised by context.
program keywords_as_names
  implicit none
  integer :: if, do, then, else, end, call, result, data, len, kind, in, out
  integer :: function, real, print, stop, while, exit, cycle, contains
  if = 1
  do = 2
  then = if + do
  else = then * 2
  end = else - 1
  call = end
  result = call + 1; data = result; len = data
  kind = len; in = kind; out = in
  function = out; real = function; print = real
  stop = print; while = stop; exit = while; cycle = exit; contains = cycle
  if (if == 1) then = 3
  if (then > 2) then
    else = 7
  else if (then < 0) then
    else = 8
  else
    else = 9
  end if
  do do = 1, 2
    while = while + do
  end do
  do while (while > 100)
    while = while - 1
  end do
  print *, if, do, then, else, end, call, result, data, len, kind, in, out
  print *, function, real, print, stop, while, exit, cycle, contains
end program keywords_as_names
