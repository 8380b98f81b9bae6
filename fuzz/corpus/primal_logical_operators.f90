! LOGICAL variables and operators: .NOT. .AND. .OR. .EQV. .NEQV. over all input combinations,
! operator precedence (.NOT. > .AND. > .OR. > .EQV./.NEQV.), logical expressions built from
! comparisons, a LOGICAL array, a LOGICAL function and a LOGICAL dummy argument.
program logical_operators
  implicit none
  logical :: a, b, c, flags(4)
  integer :: i, j, n
  logical, external :: in_range

  do i = 0, 1
    do j = 0, 1
      a = i == 1
      b = j == 1
      print *, a, b, .not. a, a .and. b, a .or. b, a .eqv. b, a .neqv. b
    end do
  end do

  a = .true.
  b = .false.
  c = .true.
  print *, .not. a .and. b, .not. (a .and. b), a .or. b .and. .false., (a .or. b) .and. .false.
  print *, a .and. b .eqv. c, a .eqv. b .neqv. c, .not. b .eqv. c .and. a

  n = 0
  do i = 1, 4
    flags(i) = mod(i, 2) == 0 .or. i > 3
    if (flags(i)) n = n + i
  end do
  print *, flags(1), flags(2), flags(3), flags(4), n

  print *, in_range(0.5d0, 0.0d0, 1.0d0), in_range(-0.5d0, 0.0d0, 1.0d0), in_range(2.0d0, 3.0d0, 1.0d0)
  call count_true(flags, 4, n)
  print *, n
end program logical_operators

logical function in_range(x, lo, hi)
  implicit none
  real(8), intent(in) :: x, lo, hi
  in_range = x >= lo .and. x <= hi
end function in_range

subroutine count_true(f, n, k)
  implicit none
  integer, intent(in) :: n
  logical, intent(in) :: f(n)
  integer, intent(out) :: k
  integer :: i
  k = 0
  do i = 1, n
    if (f(i) .and. .not. (i == 1)) k = k + 1
  end do
end subroutine count_true
