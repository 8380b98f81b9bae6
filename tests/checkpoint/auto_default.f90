! --default-checkpoint auto (ad/auto.c): each call site's state from the exact bytes of its
! snapshot and of its callee's forward sweep. run_auto.sh checks `stad calls` against
! auto_default.expected and the estimates against the runtime's statistics.
!   cost:  step, a time step over the whole field called nt times: its tape is 10 sweeps of
!          the field, its snapshot one field: on;
!          cell, a per-cell call: it writes one element of a field it is passed, its snapshot
!          is the field, its tape 12 bytes: off (the pathological default);
!          half, called once with a size computed in cost (k = n / 2): off, its tape is
!          larger than its snapshot but a single call saves nothing at the peak;
!          scale, called nt times, its tape three times its snapshot: off, saves under 1 MiB.
!   cost2: relax, a DO WHILE loop: trip count unknown, sizes assumed.
subroutine step(a, n)
  integer, intent(in) :: n
  double precision, intent(inout) :: a(n, n)
  integer :: i, j, k
  do k = 1, 10
    do j = 1, n
      do i = 1, n
        a(i, j) = 0.999d0 * a(i, j) + 0.001d0 * cos(a(i, j))
      end do
    end do
  end do
end subroutine step

subroutine cell(a, i, j, n)
  integer, intent(in) :: i, j, n
  double precision, intent(inout) :: a(n, n)
  a(i, j) = a(i, j) * cos(a(i, j))
end subroutine cell

subroutine half(a, n, k)
  integer, intent(in) :: n, k
  double precision, intent(inout) :: a(n, n)
  integer :: i, j, l
  do l = 1, 10
    do j = 1, k
      do i = 1, n
        a(i, j) = 0.9d0 * a(i, j) + 0.1d0 * sin(a(i, j))
      end do
    end do
  end do
end subroutine half

subroutine scale(x, s)
  double precision, intent(inout) :: x
  double precision, intent(in) :: s
  x = sin(x) * s
  x = x * x
  x = cos(x)
end subroutine scale

subroutine cost(a, n, f)
  integer, intent(in) :: n
  double precision, intent(inout) :: a(n, n)
  double precision, intent(out) :: f
  integer, parameter :: nt = 30
  integer :: i, j, t, k
  double precision :: x
  x = a(1, 1)
  do t = 1, nt
    call step(a, n)
    call scale(x, 0.9d0)
  end do
  do j = 1, n
    do i = 1, n
      call cell(a, i, j, n)
    end do
  end do
  k = n / 2
  call half(a, n, k)
  f = sum(a) + x
end subroutine cost

subroutine relax(a, n)
  integer, intent(in) :: n
  double precision, intent(inout) :: a(n)
  integer :: it
  it = 0
  do while (it < 3)
    a = 0.5d0 * (a + sin(a))
    it = it + 1
  end do
end subroutine relax

subroutine cost2(a, n, f)
  integer, intent(in) :: n
  double precision, intent(inout) :: a(n)
  double precision, intent(out) :: f
  integer :: t
  do t = 1, 200
    call relax(a, n)
  end do
  f = sum(a * a)
end subroutine cost2
