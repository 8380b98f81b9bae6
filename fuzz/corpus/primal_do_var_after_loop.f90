! The loop variable after a loop: after normal completion it is one step past the last value
! taken; after EXIT it keeps the value it had; a loop variable used afterwards in an expression
! and as an array index.
program do_var_after_loop
  implicit none
  integer :: i, j, last
  real(8) :: a(12), s

  do i = 1, 12
    a(i) = 1.5d0 * i - 4.0d0
  end do
  print *, i               ! 13

  ! first element above a threshold: EXIT leaves i at that element
  do i = 1, 12
    if (a(i) > 5.0d0) exit
  end do
  print *, i, a(i)         ! 7 6.5

  ! no element found: i = 13 afterwards, guarded
  do i = 1, 12
    if (a(i) > 100.0d0) exit
  end do
  if (i > 12) then
    print *, 'not found', i
  else
    print *, a(i)
  end if

  ! the variable of an inner loop after both loops
  s = 0.0d0
  do i = 1, 3
    do j = i, 6, 2
      s = s + a(j)
    end do
  end do
  print *, i, j, s

  ! the loop variable used after the loop to index the last trip's element
  last = 0
  do i = 2, 11, 4          ! 2 6 10
    last = i
  end do
  print *, i, last, a(i - 4), a(last)
end program do_var_after_loop
