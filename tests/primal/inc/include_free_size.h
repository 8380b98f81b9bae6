! include_free_size.h (in tests/primal/inc): found through -I
integer, parameter :: n = 4
real(8) :: w(n)
common /weights/ w
