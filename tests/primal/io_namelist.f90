! NAMELIST: WRITE (u, nml=g) in gfortran's layout (`&G`, one ` NAME=` record per object, equal
! neighbours as r*value, ` /`; REAL(8), REAL, INTEGER, INTEGER(8), LOGICAL, CHARACTER, arrays
! of rank 1 and 2), and READ (u, nml=g) / READ (u, g) of what gfortran writes and of hand-written
! groups: objects in any order or left out (they keep their values), an element or a section of
! a rank-1 array, r*value and null values, values over several records, comments, strings in
! either quote, T and .false., other groups and text before the one read; IOSTAT= and IOMSG=
! for a name the group does not have; a group and an object whose names have an underscore. Output and the file compared with gfortran's.
! output: exact
! files: io_namelist.txt
program io_namelist
  implicit none
  real(8) :: a, b(5), c(2, 2)
  real :: r(3)
  integer :: n, m(4), ios
  integer(8) :: k8
  logical :: l(3)
  character(len=6) :: s, t(2)
  character(len=80) :: msg
  namelist /run/ a, b, n, r
  namelist /run/ m, k8, l
  namelist /more/ c, s, t
  integer :: n_2
  namelist /run_2/ n_2, n
  a = 1.5d0
  b = 1d0
  b(5) = -2.25d0
  n = 4
  r = (/1e-3, 1e7, 123.5/)
  m = 5
  m(4) = -7
  k8 = -1234567890123_8
  l = (/.true., .true., .false./)
  c = reshape((/1d0, 1d0, 3d20, -4d-5/), (/2, 2/))
  s = 'it''s'
  t(1) = 'ab'
  t(2) = 'say "x"'
  write(*, nml=run)
  write(*, more)
  open(10, file='io_namelist.txt', status='replace')
  write(10, '(a)') 'a header line that is not a group'
  write(10, nml=run)
  write(10, '(a)') '&RUN  n = 12, b(2) = 3.5, b(4:5) = 2*0.25 ! a comment'
  write(10, '(a)') '   a=-1.0d-3, m = 1, , 3 l = F .true.'
  write(10, '(a)') '/'
  write(10, nml=more)
  write(10, '(a)') '&more s="a, b/c" t(2)=''q'' /'
  write(10, '(a)') '&run xx = 1 /'
  rewind(10)
  a = 0
  b = 0
  n = 0
  m = 0
  c = 0
  s = ' '
  read(10, nml=run)
  write(*, nml=run)
  read(10, run)
  write(*, nml=run)
  read(10, more)
  write(*, nml=more)
  read(10, nml=more)
  write(*, nml=more)
  read(10, nml=run, iostat=ios, iomsg=msg)
  write(*, '(i6, 1x, a)') ios, trim(msg)
  read(10, nml=run, iostat=ios)
  write(*, '(i6)') ios
  close(10)
  ! a group whose name has an underscore, written in upper case (the reader folded '_' to DEL)
  open(10, file='io_namelist.txt', status='replace')
  write(10, '(a)') ' &RUN_2 N_2 = 9, n = 3 /'
  rewind(10)
  read(10, nml=run_2)
  write(*, nml=run_2)
  close(10)
end program
