! stad: --head 'f(y)/(x)' --set n=5
! An internal procedure given an element of a host array as its dummy, changing another element
! of that array by host association (legal: not the element it was given): after lifting, the
! array and its element are two arguments of one call.
subroutine f(n, x, y)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: y
  real(8) :: w(n)
  integer :: k
  w = x
  do k = 1, n - 1
    call mix(w(k), k)
  end do
  y = sum(w ** 2)
contains
  subroutine mix(a, j)
    real(8), intent(inout) :: a
    integer, intent(in) :: j
    a = a * cos(w(j + 1)) + x(j)
    w(j + 1) = w(j + 1) * x(1) + a
  end subroutine mix
end subroutine f
