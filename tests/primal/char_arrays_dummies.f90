! CHARACTER arrays and dummies: an array of strings passed whole to a dummy array of length (*),
! an element passed to a scalar dummy, truncation and blank padding on assignment, comparisons
! of different lengths, INDEX with BACK, ADJUSTR, LLE/LLT, s(i:i) in a loop, LEN of a dummy.
module words
  implicit none
  character(len=6) :: list(4)
contains
  integer function score(w)
    character(len=*), intent(in) :: w
    integer :: i
    score = 0
    do i = 1, len(w)
      score = score + i * ichar(w(i:i))
    end do
    score = score + 1000 * len(w)
  end function score
end module words

subroutine total(names, n, t)
  use words
  implicit none
  integer, intent(in) :: n
  character(len=*), intent(in) :: names(n)
  integer, intent(out) :: t
  integer :: i
  t = 0
  do i = 1, n
    t = t + i * score(names(i)) + len_trim(names(i))
  end do
end subroutine total

program main
  use words
  implicit none
  character(len=3) :: short
  character(len=9) :: long
  integer :: t
  list(1) = 'alpha'
  list(2) = 'be'
  list(3) = 'gammadelta'
  list(4) = ' pad'
  short = list(3)
  long = short // 'XYZ'
  call total(list, 4, t)
  print *, t, score(short), score(long), score(list(4))
  print *, index('abcabc', 'bc'), index('abcabc', 'bc', .true.), index('abc', 'zz')
  long = adjustr(list(4))
  print *, score(long)
  long = adjustl(list(4))
  print *, score(long)
  if ('ab' == 'ab   ') print *, 1
  if ('ab' < 'abc') print *, 2
  if (lle('b', 'ab') .or. llt('ab', 'b')) print *, 3
  if (list(2) /= 'be') print *, 4
  print *, len(list(1)), len_trim(list(4)), len_trim('   ')
end program main
