program p
integer, parameter :: n = (-2147483647-1) * (2147483647+1) * 2 / (-1)
end
