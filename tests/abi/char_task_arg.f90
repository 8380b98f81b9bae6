! stad: --head 'tcost(f)/(x)'
! A CHARACTER argument across --fortran-abi: the exported routine takes the task string as a
! gfortran caller passes it (the address, and its length as a hidden argument after the others),
! and a module CHARACTER variable the Fortran program sets (gfortran's storage, shared).
module tstate
  implicit none
  character(len=10) :: variant = 'PLAIN'
end module

subroutine tcost(task, x, n, f)
  use tstate
  implicit none
  character(len=*), intent(in) :: task
  integer :: n, i
  real(8) :: x(n), f
  f = 0
  do i = 1, n
    if (task(1:2) == 'FG') then
      f = f + x(i)**2 * i
    else if (task == 'CUBIC') then
      f = f + x(i)**3
    else
      f = f + sin(x(i))
    end if
  end do
  if (variant(1:len_trim(variant)) == 'SCALED') f = f * len(task)
end subroutine
