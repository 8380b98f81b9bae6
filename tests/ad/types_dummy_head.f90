! stad: --head 'energy(e)/(s)' --set s%n=4
! A head whose argument is a structure: --head names it (its REAL components are the
! independents; the INTEGER one has no derivative and is given with --set s%n=...).
module types_state
  implicit none
  type state
    real(8) :: u(6), c
    integer :: n
    logical :: damp
  end type
contains
  subroutine step(s, dt)
    type(state), intent(inout) :: s
    real(8), intent(in) :: dt
    integer :: i
    real(8) :: old(6)
    old = s%u
    do i = 2, s%n
      s%u(i) = old(i) + dt * s%c * (old(i - 1) - old(i))
    end do
    if (s%damp) s%u = 0.9d0 * s%u
  end subroutine
end module

subroutine energy(s, e)
  use types_state
  implicit none
  type(state), intent(in) :: s
  real(8), intent(out) :: e
  type(state) :: w
  integer :: t
  w = s
  w%damp = .true.
  do t = 1, 3
    call step(w, 0.1d0)
  end do
  e = sum(w%u(1:w%n)**2) * w%c
end subroutine
