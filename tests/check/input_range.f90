! --input NAME=LO:HI: the generated driver draws x from [LO, HI). f is defined for x > 99 only:
! with the default inputs in [0.5, 1.5) the logarithm's argument is negative (NaN).
subroutine depth(x, n, f)
  integer, intent(in) :: n
  double precision, intent(in) :: x(n)
  double precision, intent(out) :: f
  integer :: i
  f = 0
  do i = 1, n
    f = f + log(x(i) - 99.0d0) * x(i)
  end do
end subroutine depth
