! UNPACK(vector, mask, field): FIELD an array or a scalar, keywords, a constructor as VECTOR, a
! rank-1 result with lower bound 0, the result assigned to an ALLOCATABLE (allocated by it) and
! inside a reduction; reversed sections of a dummy sized by an argument as VECTOR and FIELD.
program u
  implicit none
  real(8) :: v(6), f(3, 4), r(3, 4), w(0:4)
  logical :: m(3, 4), m1(5)
  real(8), allocatable :: a(:, :)
  integer :: i, j
  v = [1d0, 2d0, 3d0, 4d0, 5d0, 6d0]
  do j = 1, 4
    do i = 1, 3
      f(i, j) = 10 * i + j
      m(i, j) = mod(i + j, 3) == 0
    end do
  end do
  r = unpack(v, m, f)
  print *, r
  r = unpack(v * 2, mask=m, field=-1d0)
  print *, r
  m1 = [.true., .false., .true., .true., .false.]
  w = unpack(v(2:6), m1, 0d0) + 1
  print *, w
  a = unpack([v, v], .not. m, f)
  print *, shape(a), sum(a)
  print *, sum(unpack(v, m, 0d0))
  call reversed(5, v(1:5), m1)
contains
  subroutine reversed(n, p, mk)
    integer, intent(in) :: n
    real(8), intent(in) :: p(n)
    logical, intent(in) :: mk(n)
    real(8) :: q(n)
    q = unpack(p(n:1:-1), mk, p(n:1:-1) * 10)
    print *, q
    q = unpack(p(n:1:-2), .not. mk, -1d0)
    print *, q
  end subroutine
end program
