! stad: --head 'fl(f)/(x)'
! A COMMON block laid out differently in different routines, shared with a gfortran main that
! declares it with yet another layout: /st/ is s(6) in fl, a(2), b(4) in relax, and the main's
! m(2, 3). stad's C struct for /st/ (one storage array) has gfortran's bytes; its derivative
! block /st_b/ (/st_d/) is one array of the same layout.
subroutine relax(x)
  real(8) x(2)
  real(8) a(2), b(4)
  common /st/ a, b
  integer i
  do i = 1, 4
    b(i) = b(i) + a(1 + mod(i, 2)) * x(1 + mod(i + 1, 2))
  end do
end subroutine relax

subroutine fl(x, f)
  real(8) x(2), f
  real(8) s(6)
  common /st/ s
  s(1) = x(1) * s(2)
  call relax(x)
  f = s(3) * s(6) + s(4)**2
end subroutine fl
