! ELSEWHERE and END WHERE without a WHERE; a WHERE block without END WHERE.
subroutine s(n, x)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  x = 1
  elsewhere
  x = 2
  end where
  where (x > 1)
    x = 3
end subroutine s
