! stad: --head 'cost(f)/(x)' --set n=4
! CHARACTER switches as optimization test problems use them: a task string (a local the head
! changes between calls, so checkpointed calls need it restored), tested with substrings, ==,
! SELECT CASE and LGE, a module CHARACTER variable and PARAMETER, literals passed to a dummy
! of length (*), //, LEN_TRIM and INDEX feeding integer arithmetic; an OPTIONAL CHARACTER
! dummy (PRESENT, left out, given by keyword) and SELECT CASE on TRIM(ADJUSTL(s)); CHARACTER
! array constructors: a PARAMETER list of modes (equal lengths) and an assigned list with a
! type-spec, passed element by element.
module probdata
  implicit none
  character(len=*), parameter :: fg = 'FG'
  character(len=12) :: phase = 'START'
contains
  subroutine damp(x, n, f, how)
    integer :: n
    real(8) :: x(n), f
    character(len=*), optional, intent(in) :: how
    character(len=10) :: h
    h = '  plain'
    if (present(how)) h = how
    select case (trim(adjustl(h)))
    case ('plain')
      f = f + 0.5d0 * x(1) * x(n)
    case ('sq', 'square')
      f = f + x(2)**2 * len(how)
    case default
      f = f - sin(x(3))
    end select
    if (adjustl(h) == 'sq' .or. index(adjustl(h), 'ua') > 0) f = f * 1.5d0
  end subroutine
end module

subroutine evalfg(task, x, n, f)
  use probdata
  implicit none
  character(len=*), intent(in) :: task
  integer :: n, i
  real(8) :: x(n), f
  if (task(1:2) .eq. fg) then
    do i = 1, n
      f = f + x(i)**2 * (1 + i)
    end do
  else if (task == 'NEW_X') then
    f = f * cos(x(1))
  end if
  select case (task(1:3))
  case ('FG_')
    f = f + sin(x(n)) * len_trim(task)
  case ('NEW', 'ZZZ')
    f = f + x(2) * x(3)
  case ('A':'E')
    f = f * 2
  case default
    f = f - x(1)
  end select
  if (lge(phase, 'RUN')) f = f + exp(x(2) / 4)
end subroutine

subroutine step(x, n, mode)
  implicit none
  integer :: n, i
  real(8) :: x(n)
  character*(*) mode
  do i = 1, n
    if (mode(index(mode, 'L'):) == 'LIN') then
      x(i) = x(i) + 0.1d0 * i
    else
      x(i) = x(i) * (1 + 0.01d0 * i) + sin(x(i)) / 10
    end if
  end do
end subroutine

subroutine cost(x, n, f)
  use probdata
  implicit none
  integer :: n, it
  real(8) :: x(n), f
  character(len=60) :: task
  character(len=8) :: kind
  character(len=3), parameter :: modes(2) = ['LIN', 'NON']
  character(len=6) :: hows(3)
  task = 'FG_START'
  phase = 'START'
  kind = 'NONLIN'
  f = 0
  do it = 1, 4
    call evalfg(task, x, n, f)
    if (task(1:2) == 'FG') then
      task = 'NEW_X'
    else if (task(1:5) == 'NEW_X') then
      task = 'CONV' // task(1:1)
      phase = 'RUN' // '1'
      kind = 'LIN'
    else
      task = 'FG_' // trim(phase)
    end if
    call step(x, n, kind)
  end do
  call damp(x, n, f)
  call damp(x, n, f, '  square')
  call damp(x, n, f, how='other')
  hows = [character(len=6) :: 'plain', ' sq', 'squared']
  do it = 1, 3
    call damp(x, n, f, hows(it))
    call step(x, n, modes(1 + mod(it, 2)))
  end do
  f = f + x(1)
end subroutine
