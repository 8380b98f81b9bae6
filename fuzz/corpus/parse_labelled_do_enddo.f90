! Labelled DO loops in free form, closed by a labelled END DO or by a labelled CONTINUE,
! and a labelled DO WHILE.
subroutine ldo(a, n)
  integer :: n, i, j
  real(8) :: a(n)
  do 10 i = 1, n
    a(i) = i
10 end do
  do 20, i = 1, n
    do 15 j = 1, 2
      a(i) = a(i) + j
15  continue
20 continue
  i = 0
  do 30 while (i < n)
    i = i + 1
30 continue
end subroutine ldo
