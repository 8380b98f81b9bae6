! Statements outside the subset: each is refused once, with its location, and parsing goes
! on with the next statement.
subroutine refused(x, n)
  integer :: n, i
  real(8) :: x(n), y(10)
  ! (SELECT CASE, GO TO, arithmetic IF, READ and BACKSPACE are supported now)
  select type (n)
  end select
  go to i
  ! (BACKSPACE is supported now)
  write (6, '(a)') 'hi'
  write (6) n
  print 100, n
100 format (i5)
  y(1:3) = x(2:4) ! (sections are supported now)
  print *, 'a' // 'b'
  nullify (y)
  x%re = 1
  open (10, file='x')
  ! (construct names are supported now)
  outer: x(1) = 1
  go to 10
  ! (WHERE is supported now)
  ! (FORALL is supported now)
  ! (DATA is supported now)
  ! (EQUIVALENCE is supported now)
  call sub(a=1) ! (sema refuses keyword arguments to subroutines)
  print *, (x(i), i = 1, n)
  ! (COMPLEX is supported now)
  x(1) = 1.0_16
  ! (INCLUDE is supported now)
  ! (DO without loop control is supported now)

  ! (DO CONCURRENT is supported now)
10 continue
20 continue
end subroutine refused
