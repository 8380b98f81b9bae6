! CHARACTER as passive data: dummies of length (*), locals, arrays of strings, a module variable
! and PARAMETER, substrings, //, comparisons, LGE, LEN, LEN_TRIM, INDEX, TRIM, ADJUSTL, ICHAR,
! SELECT CASE on a substring, literals passed to a CHARACTER dummy.
module opts
  implicit none
  character(len=*), parameter :: mode_fast = 'FAST'
  character(len=8) :: mode = 'SLOW'
end module
subroutine pick(task, x, y)
  use opts
  implicit none
  character(len=*), intent(in) :: task
  real(8) :: x, y
  character*4 tag
  character(10) :: buf, names(3)*6
  integer :: i, k, h
  tag = task(1:2) // 'xy'
  if (task(1:2) .eq. 'FG') then
    y = x*x
  else if (task == 'NEW_X' .or. lge(task, 'Z')) then
    y = 2*x
  else
    y = x + len_trim(task) + index(task, 'X') + len(tag)
  end if
  select case (task(1:2))
  case ('FG')
    y = y + 1
  case ('A':'E')
    y = y * 2
  case default
    y = y - 1
  end select
  if (mode == mode_fast) y = y + 1
  buf = adjustl('   ab')
  do i = 1, 3
    names(i) = tag(1:i) // '-' // buf(1:2)
  end do
  if (names(2) == 'FG-ab') y = y + 100
  if (tag /= 'FGxy') y = y + 1000
  print *, trim(names(3)), len_trim(names(1)), ichar(tag(1:1))
  ! the characters as numbers (the comparison of outputs reads numbers only)
  h = 0
  do i = 1, 3
    do k = 1, len(names(i))
      h = h + k * i * ichar(names(i)(k:k))
    end do
  end do
  do k = 1, len(buf)
    h = h + 7 * k * ichar(buf(k:k))
  end do
  print *, h
  mode = mode_fast
end subroutine
program main
  real(8) :: x, y
  x = 1.5d0
  call pick('FG_START', x, y)
  print *, y
  call pick('NEW_X', x, y)
  print *, y
  call pick('XYZ', x, y)
  print *, y
  call pick('CONV', x, y)
  print *, y
end program
