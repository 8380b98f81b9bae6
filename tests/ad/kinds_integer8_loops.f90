! stad: --head 'int8_cost(cost)/(x)' --set n=7
! INTEGER(8) loop indices and array extents in active code: an INTEGER(8) dummy sizes the
! arrays, DO loops run over INTEGER(8) variables with a variable upper bound, a negative step
! and a variable step (their trip counts are taped as INTEGER(8)), subscripts mix INTEGER(4)
! and INTEGER(8) arithmetic, and an INTEGER(8) function result selects an element.
module int8_index
  implicit none
  integer(8) :: stride = 2_8
contains
  integer(8) function wrap(k, n)
    integer(8), intent(in) :: k, n
    wrap = 1_8 + mod(k + 3_8, n)
  end function wrap

  subroutine mix(n, x, y)
    integer(8), intent(in) :: n
    real(8), intent(in) :: x(n)
    real(8), intent(inout) :: y(n)
    integer(8) :: i
    integer :: j
    do i = n, 1_8, -1_8
      j = int(i)
      y(i) = y(i) + x(wrap(i, n)) * x(j) / 3.0d0
    end do
    do i = 1, n, stride
      y(i) = y(i) * cos(x(i))
    end do
  end subroutine mix
end module int8_index

subroutine int8_cost(n, x, cost)
  use int8_index
  implicit none
  integer(8), intent(in) :: n
  real(8), intent(in) :: x(n)
  real(8), intent(out) :: cost
  real(8) :: y(n)
  integer(8) :: k, m
  do k = 1, n
    y(k) = x(k) ** 2
  end do
  m = n - 1
  stride = 2
  call mix(n, x, y)
  stride = 3
  call mix(m, x, y)
  cost = 0
  do k = 1_8, n
    cost = cost + y(k) * x(n + 1 - k)
  end do
end subroutine int8_cost
