! IF / ELSE IF / ELSE blocks: every branch taken at least once, nested blocks, an IF without
! ELSE, an ELSE IF chain with no final ELSE (no branch taken), and the block-form spellings
! `else if`, `elseif`, `end if`, `endif`.
program if_else_chain
  implicit none
  real(8) :: x, y
  integer :: i, k

  do i = -2, 3
    x = 0.75d0 * i - 0.3d0
    if (x < -1.0d0) then
      y = -x**2
    else if (x < 0.0d0) then
      y = 2.5d0 * x
    elseif (x < 1.0d0) then
      y = sqrt(x) + 0.125d0
    else
      y = 1.0d0 / x
    end if
    print *, i, x, y
  end do

  ! nested blocks
  do i = 1, 4
    k = 0
    if (mod(i, 2) == 0) then
      if (i > 2) then
        k = 40 + i
      else
        k = 20 + i
      endif
    else
      if (i == 1) then
        k = 10
      end if
      k = k + 1
    end if
    print *, i, k
  end do

  ! ELSE IF chain where no branch is taken
  x = 5.5d0
  y = -1.0d0
  if (x < 0.0d0) then
    y = 0.0d0
  else if (x < 1.0d0) then
    y = 1.0d0
  else if (x > 10.0d0) then
    y = 2.0d0
  end if
  print *, y
end program if_else_chain
