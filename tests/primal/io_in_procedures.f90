! Formatted output from module procedures (a named-constant unit), an internal procedure, a
! labelled WRITE that a GO TO jumps to, a one-line IF; items of a derived type, INTEGER(8),
! LOGICAL and CHARACTER arrays, a function reference; ADVANCE='NO' continuing a line.
! output: exact
module io_m
  implicit none
  type pt
    real(8) :: x, y
  end type
  integer, parameter :: lu = 6
contains
  real(8) function sq(a)
    real(8) :: a
    sq = a * a
  end function
  subroutine show(p, n)
    type(pt) :: p
    integer :: n
    integer(8) :: big
    logical :: ls(3)
    character(len=4) :: names(2)
    big = 123456789012_8
    ls = [.true., .false., .true.]
    names(1) = 'ab'
    names(2) = 'cdef'
    write(lu, '(a, 2f8.3, i14)') 'pt', p, big
    write(lu, '(3l2, 2(1x, a))') ls, names
    write(lu, '(f10.4)') sq(p%x) + 1d0
    call inner()
  contains
    subroutine inner()
      write(*, '(a, i3)') 'inner n =', n
    end subroutine
  end subroutine
end module

program io_in_procedures
  use io_m
  implicit none
  type(pt) :: p
  integer :: i, k
  p = pt(1.5d0, -2.25d0)
  call show(p, 4)
  k = 0
10 write(*, '(a, i2)') 'k =', k
  k = k + 1
  if (k < 3) goto 10
  do i = 1, 2
    if (i == 2) write(*, '(a)') 'two'
  end do
  write(*, '(i3)', advance='no') 5
  write(*, '(a)', advance='no') ' more'
  write(*, '(a)') ' end'
end program
