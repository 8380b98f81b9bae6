! stad: --head 'top(y)/(x)'
! A structure with a CHARACTER array component assigned whole in a DO loop (`t = tc1`, to a
! scalar and to an element of an array of the type) before a checkpointed call that reads it:
! the adjoint saved the CHARACTER elements' row as a block counted in ints (12 bytes of a
! 9-byte tags(3)), so the backward sweep wrote past the component into the real one and the
! gradient was wrong (random program 534 of stop 18, pattern `landed`).
module mt
  implicit none
  type gtc
    character(len=6) :: name
    character(len=3) :: tags(3)
    real(8) :: v
  end type gtc
contains
  subroutine pick(t, x)
    type(gtc), intent(in) :: t
    real(8), intent(inout) :: x
    select case (t%name(1:3))
    case ('sal')
      x = 0.5d0 * x + 0.25d0 * t%v
    case default
      x = 0.75d0 * x
    end select
    if (t%tags(3) == 'ocn') x = x + 0.1d0 * sin(t%v)
  end subroutine pick
end module mt
subroutine top(x, y)
  use mt
  implicit none
  real(8), intent(in) :: x(2)
  real(8), intent(out) :: y
  type(gtc) :: tc1, tcb, tca(2)
  real(8) :: c, r
  integer :: i
  c = x(1) * x(2)
  r = x(2)
  do i = 1, 3
    tc1%tags(1) = 'sal'
    tc1%tags(2) = 'abc'
    tc1%tags(3) = 'ocn'
    tc1%name = tc1%tags(1)
    tc1%v = c
    tca(2) = tc1
    call pick(tca(2), c)
    tcb = tc1
    call pick(tcb, r)
    tc1%tags(1) = 'ocn'
    tc1%tags(3) = 'sal'
    tc1%name = tc1%tags(1)
    tc1%v = r
    tca(2) = tc1
    tcb = tca(2)
    if (tcb%name(1:1) == 's' .or. tca(2)%tags(2) == 'tem') then
      r = 0.5d0 * tca(2)%v + 0.1d0 * r
    else if (len_trim(tcb%name) > 2) then
      r = 0.5d0 * r + 0.1d0 * len(tca(2)%tags) * sin(tcb%v)
    end if
  end do
  y = c * x(1) + r
end subroutine top
