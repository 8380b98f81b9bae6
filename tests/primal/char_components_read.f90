! CHARACTER components read (trial s16: refused, some with wrong messages): a substring of a
! component, s%name(1:1), in output, IACHAR and a comparison; a CHARACTER array component
! copied by structure assignment (b = a) and by assignment of arrays of structures (loc = pool);
! LEN of a CHARACTER array and of an array component; CHARACTER arrays assigned from arrays,
! sections (reversed, of another length) and a scalar.
module mt
  implicit none
  type tr
    character(len=4) :: name
    character(len=4) :: tags(3)
    real(8) :: v
  end type
end module
program p
  use mt
  implicit none
  type(tr) :: a, b, pool(2), loc(2)
  character(len=5) :: arr(3), brr(3), crr(0:2)
  character(len=2) :: two(3)
  integer :: k
  a%name = 'salt'
  a%tags(1) = 'psu '
  a%tags(2) = 'sal '
  a%tags(3) = 'ocn '
  a%v = 1.5d0
  b = a
  print '(a,"|",3(a,"|"),f6.2)', b%name, b%tags, b%v
  print '(a,"|",i4,i4,i4)', a%name(1:1), iachar(a%name(1:1)), len(arr), len(b%tags)
  print '(a,"|")', b%name(2:3)
  if (b%name(1:2) == 'sa') print '(a)', 'sa'
  arr = 'ab'
  brr = arr
  crr = brr(3:1:-1)
  arr(2:3) = a%tags(1:2)
  two = arr
  print '(3(a,"|"))', arr
  print '(3(a,"|"))', brr
  print '(3(a,"|"))', crr
  print '(3(a,"|"))', two
  pool(1) = a
  pool(2) = b
  pool(2)%tags(3) = 'zzz '
  loc = pool
  do k = 1, 2
    print '(a,"|",3(a,"|"))', loc(k)%name, loc(k)%tags
  end do
  a%tags = b%name
  print '(3(a,"|"))', a%tags
end program p
