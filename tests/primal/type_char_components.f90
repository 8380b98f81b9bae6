! CHARACTER components of derived types keep their declared lengths (trial s16: every one was
! one character long, silently) and take default values ('none', cut to len=3 for the tag),
! through structure assignment, dummies, module variables and elements of arrays of the type.
! A substring of an element of a CHARACTER array component, s%tags(2)(1:2), also nested and with
! variable bounds (a syntax error before, s17 trial B).
! output: exact
module pools
  implicit none
  type pool_t
    character(len=8) :: name = 'none'
    real(8) :: mass = 1.5d0
    character(len=3) :: tag = 'abcdef'
  end type pool_t
  type label_t
    character*5 :: short
    character(10) :: long
  end type label_t
  type tagged_t
    character(len=4) :: tags(3)
    type(label_t) :: lab
  end type tagged_t
  type outer_t
    type(tagged_t) :: in(2)
  end type outer_t
  type(pool_t), save :: gpool
contains
  subroutine show(p)
    type(pool_t), intent(in) :: p
    print '(a,"|",a,"|",f8.3)', p%name, p%tag, p%mass
  end subroutine show
  subroutine rename(p, s)
    type(pool_t), intent(inout) :: p
    character(*), intent(in) :: s
    p%name = s
    p%tag = s(1:3)
  end subroutine rename
end module pools

program main
  use pools
  implicit none
  type(pool_t) :: a, b
  type(label_t) :: ls(3)
  integer :: i
  call show(a)
  call show(gpool)
  a%name = 'carbon'
  call show(a)
  b = a
  call rename(b, 'nitrogen-15')
  call show(b)
  call show(a)
  do i = 1, 3
    ls(i)%short = 'abcdefgh'
    ls(i)%long = 'x'
  end do
  ls(2)%long = 'the second one'
  do i = 1, 3
    print '(a,"|",a,"|",i3)', ls(i)%short, ls(i)%long, len(ls(i)%long)
  end do
  if (b%name == 'nitrogen') print '(a)', 'cut to eight'
  call tags
contains
  subroutine tags
    type(tagged_t) :: s
    type(outer_t) :: o
    character(len=2) :: t
    integer :: k
    s%tags(1) = 'abcd'
    s%tags(2) = 'efgh'
    s%tags(3) = 'ijkl'
    s%lab%long = 'long label'
    t = s%tags(2)(1:2)
    print '(a)', t
    do k = 1, 3
      print '(a,"|",a,"|",a)', s%tags(k)(k:k + 1), s%tags(k)(2:), s%lab%long(k:2 * k)
    end do
    o%in(2) = s
    print '(a,"|",a)', o%in(2)%tags(3)(1:3), o%in(2)%tags(1)(4:4) // s%tags(2)(3:4)
    if (o%in(2)%tags(2)(2:3) == 'fg') print '(a)', 'compared'
  end subroutine tags
end program main
