! SAVE everywhere: a SAVE statement with a list, the SAVE attribute, a bare SAVE in a routine
! (every local), SAVE in a module (its variables keep their values anyway), and SAVE /blk/
! naming a COMMON block; each routine has a reset mode, so no initial value is assumed.
module save_everywhere_m
  implicit none
  save
  real(8) :: total
  integer :: ncalls
end module save_everywhere_m

subroutine keep_list(mode, x, r)
  implicit none
  integer, intent(in) :: mode
  real(8), intent(in) :: x
  real(8), intent(out) :: r
  real(8) :: last, peak(2)
  integer :: seen
  save last, peak, seen
  if (mode == 0) then
    last = 0; peak = -1; seen = 0
  end if
  seen = seen + 1
  peak(1) = max(peak(1), x)
  peak(2) = max(peak(2), x - last)
  r = peak(1) + peak(2) + seen
  last = x
end subroutine keep_list

subroutine keep_all(mode, x, r)
  implicit none
  integer, intent(in) :: mode
  real(8), intent(in) :: x
  real(8), intent(out) :: r
  real(8) :: acc
  integer :: k
  save
  if (mode == 0) then
    acc = 0; k = 0
  end if
  k = k + 1
  acc = acc + x * k
  r = acc
end subroutine keep_all

subroutine keep_common(mode, x, r)
  use save_everywhere_m
  implicit none
  integer, intent(in) :: mode
  real(8), intent(in) :: x
  real(8), intent(out) :: r
  real(8) :: c1, c2
  common /blk/ c1, c2
  save /blk/
  if (mode == 0) then
    c1 = 0; c2 = 1; total = 0; ncalls = 0
  end if
  c1 = c1 + x
  c2 = c2 * 0.5d0 + x
  total = total + c1 * c2
  ncalls = ncalls + 1
  r = total + ncalls
end subroutine keep_common

program save_everywhere
  implicit none
  integer :: i
  real(8) :: a, b, c
  do i = 1, 5
    call keep_list(i - 1, 0.3d0 * i - 0.4d0, a)
    call keep_all(i - 1, 0.25d0 * i, b)
    call keep_common(i - 1, 0.1d0 * i, c)
    print *, i, a, b, c
  end do
end program save_everywhere
