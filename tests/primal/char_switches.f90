! CHARACTER as passive data: dummies of length (*), locals, arrays of strings, a module variable
! and PARAMETER, substrings, //, comparisons, LGE, LEN, LEN_TRIM, INDEX, TRIM, ADJUSTL, ICHAR,
! SELECT CASE on a substring and on TRIM(ADJUSTL(s)), literals passed to a CHARACTER dummy, an
! OPTIONAL CHARACTER dummy, ADJUSTL, ADJUSTR and // inside comparisons and INDEX.
module opts
  implicit none
  character(len=*), parameter :: mode_fast = 'FAST'
  character(len=8) :: mode = 'SLOW'
contains
  integer function code(k, name)
    integer :: k
    character(len=*), optional, intent(in) :: name
    character(len=12) :: s
    s = ' none'
    if (present(name)) s = name
    select case (trim(adjustl(s)))
    case ('none')
      code = k
    case ('a':'m')
      code = 10 * k
    case default
      code = 100 * k
    end select
    if (adjustr(s) == '        none') code = code + 1
    if (s // 'x' == ' nonex' .or. index(adjustl(s), 'z') == 1) code = code + 2
    if (present(name)) code = code + 1000 * len(name)
  end function
  ! ADJUSTL of a dummy of length *: compared, searched, in a selector
  integer function lead(opt)
    character(len=*), intent(in) :: opt
    select case (trim(adjustl(opt)))
    case ('one')
      lead = 1
    case ('a':'m')
      lead = 2
    case default
      lead = 0
    end select
    if (adjustl(opt) == 'x') lead = lead + 10
    lead = lead + 100 * len(adjustl(opt)) + 1000 * len_trim(adjustl(opt)) + 10000 * index(adjustl(opt), 'e')
  end function
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
  use opts, only: code, lead
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
  print *, code(1), code(2, '  go'), code(3, name='zeta '), code(4, 'none')
  print *, lead('  one '), lead('one'), lead('   '), lead(' x'), lead(' bee  '), lead('')
end program
