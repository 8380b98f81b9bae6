! CHARACTER array constructors: PARAMETER lists (equal lengths, LEN=*, a type-spec padding and
! cutting), initial values of module and local arrays (a constructor, a scalar for every
! element), assignments to whole arrays and sections (with a type-spec, a variable longer than
! its length cut), elements then used in comparisons, SELECT CASE and printed (as character
! codes: the comparison reads numbers).
module array_constructors_char_m
  implicit none
  character(len=6), parameter :: schemes(3) = [character(len=6) :: 'upwind', 'central', 'mm']
  character(len=4) :: tags(2) = ['ab', 'cd']
end module array_constructors_char_m

program array_constructors_char
  use array_constructors_char_m
  implicit none
  character(len=5), parameter :: nm(2) = ['alpha', 'beta ']
  character(len=*), parameter :: pz(2) = (/ 'xy', 'zw' /)
  character(len=3) :: blank3(3) = 'q'
  character(len=8) :: names(3), sh(2)
  character(len=10) :: opt = 'longoption'
  character(len=3) :: two(4)
  integer :: i, k, score
  score = 0
  names = [character(len=8) :: 'upwind', ' central', 'minmod']
  sh = ['ab', 'cd']
  two(2:3) = [character(len=5) :: opt, 'xyzuvw']
  two(1) = '---'
  two(4) = two(1)
  do i = 1, 3
    select case (names(i))
    case ('minmod')
      score = score + 100 * i
    case ('upwind')
      score = score + 10 * i
    end select
    if (schemes(i) == 'centra') score = score + 1000
  end do
  do i = 1, 2
    if (nm(i) == 'beta') score = score + 7
    if (pz(i)(2:2) == 'w') score = score + 3
    if (tags(i) == 'cd  ' .and. sh(i) == 'cd') score = score + 20000
  end do
  if (two(2) == 'lon' .and. two(3) == 'xyz') score = score + 50000
  print *, score, len(pz), len(schemes), blank3(3) == 'q'
  print *, nm, pz, schemes, tags, blank3
  print *, names, sh, two
  print *, ((ichar(names(i)(k:k)), k = 1, 8), i = 1, 3), ((ichar(two(i)(k:k)), k = 1, 3), i = 1, 4)
  print *, ((ichar(schemes(i)(k:k)), k = 1, 6), i = 1, 3), ((ichar(nm(i)(k:k)), k = 1, 5), i = 1, 2)
  print *, ((ichar(pz(i)(k:k)), k = 1, 2), i = 1, 2), ((ichar(blank3(i)(k:k)), k = 1, 3), i = 1, 3)
end program array_constructors_char
