program p
integer, parameter :: n = 3**1000
end
