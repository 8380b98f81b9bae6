! ELEMENTAL functions and subroutines applied to arrays, as gfortran runs them: whole arrays,
! sections, rank 2, a scalar broadcast, results in array expressions, SUM and PRINT of a
! reference, a right-hand side reading the array assigned one element back (Fortran evaluates
! it before any store), a module array the function reads while it is assigned (a temporary),
! a subroutine with INTENT(INOUT) and INTENT(OUT) arrays called in array element order (an
! argument expression reading an array the calls write is a value computed before them), and
! references inside WHERE / ELSEWHERE (evaluated only where the mask holds: LOG of a negative
! would be NaN); a generic name with ELEMENTAL specifics chosen by the arguments' type.
module elem_pm
  implicit none
  real(8) :: g(4)
  interface gsq
    module procedure sq, isq
  end interface gsq
contains
  elemental integer function isq(k)
    integer, intent(in) :: k
    isq = k * k
  end function isq

  elemental real(8) function sq(x)
    real(8), intent(in) :: x
    sq = x*x
  end function sq
  elemental real(8) function wsum(x, w)
    real(8), intent(in) :: x, w
    wsum = w*x + sin(x)
  end function wsum
  elemental real(8) function rg(x)
    real(8), intent(in) :: x
    rg = x + g(1)
  end function rg
  elemental subroutine upd(a, b, c)
    real(8), intent(inout) :: a
    real(8), intent(in) :: b
    real(8), intent(out) :: c
    a = a + b*b
    c = 2*a
  end subroutine upd
end module elem_pm

program elemental_arrays
  use elem_pm
  implicit none
  real(8) :: x(4), t(4), y(4), a(3,2), b(3,2), c(3,2), s
  integer :: i, j, ik(3)
  do i = 1, 4
    x(i) = 0.1d0*i
    y(i) = 1.0d0 - 0.2d0*i
  end do
  t = sq(x)
  print *, t
  t = 2*sq(x) + y
  print *, t
  t(2:4) = wsum(x(1:3), 0.5d0)
  print *, t
  t = wsum(x, y)
  print *, t
  x(2:4) = sq(x(1:3))
  print *, x
  s = sum(sq(x))
  print *, s
  print *, sq(y)
  g = x
  g = rg(g)
  print *, g
  do j = 1, 2
    do i = 1, 3
      a(i,j) = i + 0.1d0*j
      b(i,j) = 0.5d0*i - j
    end do
  end do
  call upd(a, b, c)
  print *, a, c
  call upd(a(:,1), 1.5d0, c(:,2))
  print *, a, c
  a = sq(a) + wsum(b, 2.0d0)
  print *, a
  call upd(a, b+1, c)
  print *, a, c
  call upd(a(:, 2), 0.5d0 * a(3:1:-1, 2) + a(:, 1), c(:, 1))
  print *, a, c
  do i = 1, 3
    ik(i) = i - 2
  end do
  ik = gsq(ik) + 1
  t = gsq(y)
  print *, ik, t
  where (y > 0)
    t = log(y) + sq(y)
  elsewhere
    t = -wsum(-y, 2.0d0)
  end where
  print *, t
  where (t > 0.5d0) t = sq(t) + t
  print *, t
end program elemental_arrays
