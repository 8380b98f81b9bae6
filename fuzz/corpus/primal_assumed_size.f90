! Assumed-size dummy arrays: x(*) of rank 1, a(lda, *) of rank 2, an assumed-size array with
! a lower bound, x(0:*), and a rank-2 actual passed to a rank-1 assumed-size dummy (sequence
! association: the dummy sees the columns one after another).
program assumed_size
  implicit none
  real(8) :: v(7), m(3, 4)
  integer :: i, j
  real(8) :: s
  real(8), external :: dot

  do i = 1, 7
    v(i) = 1.0d0 / (i + 0.5d0)
  end do
  print *, dot(v, v, 7)
  print *, dot(v, v, 3)

  do j = 1, 4
    do i = 1, 3
      m(i, j) = i + 0.1d0 * j
    end do
  end do
  call colsum(m, 3, 4, v)
  print *, v(1), v(2), v(3), v(4)

  call zero_based(v, 4, s)
  print *, s

  ! the 3x4 matrix seen as a vector of 12
  print *, dot(m, m, 12)
end program assumed_size

real(8) function dot(x, y, n)
  implicit none
  real(8), intent(in) :: x(*), y(*)
  integer, intent(in) :: n
  integer :: k
  dot = 0.0d0
  do k = 1, n
    dot = dot + x(k) * y(k)
  end do
end function dot

subroutine colsum(a, lda, n, s)
  implicit none
  integer, intent(in) :: lda, n
  real(8), intent(in) :: a(lda, *)
  real(8), intent(out) :: s(*)
  integer :: i, j
  do j = 1, n
    s(j) = 0.0d0
    do i = 1, lda
      s(j) = s(j) + a(i, j) * i
    end do
  end do
end subroutine colsum

subroutine zero_based(x, n, s)
  implicit none
  integer, intent(in) :: n
  real(8), intent(in) :: x(0:*)
  real(8), intent(out) :: s
  integer :: i
  s = 0.0d0
  do i = 0, n - 1
    s = s + x(i) * (i + 1)
  end do
end subroutine zero_based
