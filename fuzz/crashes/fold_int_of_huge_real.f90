program p
integer, parameter :: n = int(1d300)
end
