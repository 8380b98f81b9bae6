program p
integer, parameter :: n = 2147483647 * 2147483647 * 2147483647
end
