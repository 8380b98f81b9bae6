! SELECT CASE on integers (single values, ranges, open ranges, lists, DEFAULT first, in the
! middle or missing), on logicals, on an expression with a function call (evaluated once),
! with PARAMETER values, named, nested, and inside loops with EXIT and CYCLE in its cases; a
! GO TO the labelled END SELECT.
module counts
  implicit none
  integer :: ncalls = 0
contains
  integer function twice(k)
    integer, intent(in) :: k
    ncalls = ncalls + 1
    twice = 2 * k
  end function twice
end module counts

program select_case
  use counts
  implicit none
  integer, parameter :: big = 10
  integer :: i, k
  real(8) :: s
  logical :: flag
  do i = -3, 12
    select case (i)
    case (:-2)
      s = -2.0d0
    case (0, 2, 4:6)
      s = 1.0d0
    case (big:)
      s = 100.0d0
    case (1)
      s = 0.5d0
    case default
      s = dble(i)
    end select
    print *, i, s
  end do
  do i = 1, 5
    select case (twice(i) + 1)
    case default
      k = 0
    case (3, 7)
      k = 1
    case (9:11)
      k = 2
    end select
    print *, i, k, ncalls
  end do
  do i = 1, 3
    flag = mod(i, 2) == 0
    select case (flag)
    case (.true.)
      print *, i, 'even'
    case (.false.)
      print *, i, 'odd'
    end select
    select case (i > 1)
    case (.false.)
      print *, 'first'
    end select
  end do
  s = 0.0d0
  do i = 1, 20
    kind: select case (mod(i, 4))
    case (0) kind
      cycle
    case (1) kind
      s = s + 1.0d0
      select case (i)
      case (13:)
        exit
      case default
        s = s + 0.5d0
      end select
    case (2:3) kind
      if (i > 6) exit kind
      s = s * 1.5d0
    end select kind
    s = s + 0.25d0
  end do
  print *, s, i
  s = 0.0d0
  do i = 1, 4
    select case (i)
    case (1, 3)
      if (i == 3) goto 200
      s = s + 1.0d0
    case default
      s = s * 2.0d0
200 end select
    print *, i, s
  end do
  select case (k)
  end select
  select case (k)
  case default
    print *, 'only default', k
  end select
end program select_case
