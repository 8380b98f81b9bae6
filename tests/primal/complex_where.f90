! COMPLEX array assignments inside WHERE and ELSEWHERE, with masks of ABS and REAL of the
! array assigned (evaluated once, before the assignments).
program t5
  implicit none
  complex(8) :: u(5)
  integer :: i
  do i = 1, 5
    u(i) = cmplx(0.6d0 * i - 1.5d0, 0.3d0 * i, kind=8)
  end do
  where (abs(u) > 1d0) u = u / abs(u)
  where (real(u) > 0d0)
    u = u * (0d0, 1d0)
  elsewhere
    u = conjg(u) + 1
  end where
  do i = 1, 5
    print *, u(i)
  end do
end program t5
