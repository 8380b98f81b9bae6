! Internal procedures (CONTAINS in a program, a subroutine, a function and a module procedure)
! with host association: the host's locals, dummies (an explicit-shape and an assumed-shape
! array, a scalar), its function result, an implicitly typed local and its IMPLICIT rules, a
! CHARACTER variable, a derived-type variable, PARAMETERs, module variables, SAVE'd locals; an
! internal procedure calling a sibling, an internal function in expressions, an internal
! procedure hiding an external one of the same name, and one with a local that hides a host
! variable.
module shapes
  implicit none
  integer :: ncalls = 0
  type pt
    real(8) :: x, y
  end type pt
contains
  subroutine stretch(a, f)
    real(8), intent(inout) :: a(:)
    real(8), intent(in) :: f
    integer :: i
    do i = 1, size(a)
      call one(i)
    end do
  contains
    subroutine one(k)
      integer, intent(in) :: k
      a(k) = a(k) * f + k
      ncalls = ncalls + 1
    end subroutine one
  end subroutine stretch
end module shapes

subroutine twice(v)
  real(8), intent(inout) :: v
  v = 2 * v
end subroutine twice

subroutine host(n, x, total)
  use shapes
  implicit double precision (a-h, o-z)
  integer, intent(in) :: n
  dimension x(n)
  real(8), intent(out) :: total
  character(len=8) :: tag
  type(pt) :: p
  integer, parameter :: m = 3
  real(8), save :: calls = 0
  real(8) :: w(m, n)
  scratch = 1.5
  tag = 'start'
  p%x = 1
  p%y = -2
  w = 0
  call fill()
  call twice(scratch)
  total = sum(w) + scratch + weight(2) + p%x * p%y
  call label('done')
  print *, tag, calls, total, w(2, :)
contains
  subroutine fill()
    integer :: j
    do j = 1, n
      w(:, j) = x(j) * [(dble(i), i = 1, m)]
    end do
    call twice(scratch)
    p%x = p%x + scratch
    calls = calls + 1
  end subroutine fill
  subroutine twice(v)
    real(8), intent(inout) :: v
    v = 3 * v
    calls = calls + 10
  end subroutine twice
  double precision function weight(k)
    integer, intent(in) :: k
    real(8) :: total
    total = 100
    weight = w(k, n) + total + tiny
    call fill()
  end function weight
  subroutine label(s)
    character(len=*), intent(in) :: s
    tag = s // '!'
  end subroutine label
end subroutine host

real(8) function dist(a, b)
  implicit none
  real(8), intent(in) :: a(2), b(2)
  dist = 0
  call add(1)
  call add(2)
  dist = sqrt(dist)
contains
  subroutine add(i)
    integer, intent(in) :: i
    dist = dist + (a(i) - b(i)) ** 2
  end subroutine add
end function dist

program internal_procedures
  use shapes
  implicit none
  real(8) :: x(4), t, d
  real(8), external :: dist
  integer :: k
  x = [1d0, 2d0, 3d0, 4d0]
  call host(4, x, t)
  print *, t
  call stretch(x, 0.5d0)
  call stretch(x(2:4), 2d0)
  print *, x, ncalls
  d = dist(x(1:2), x(3:4))
  print *, d
  k = 0
  call step()
  call step()
  print *, k, x
contains
  subroutine step()
    k = k + 1
    x(k) = x(k) + d
  end subroutine step
end program internal_procedures
