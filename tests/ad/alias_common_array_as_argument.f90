! stad: --head 'top(f)/(x)' --set n=12
! A COMMON array passed to a routine that also reads it through the COMMON block: no restrict
! on its derivative (the adjoint writes cb through the dummy and by name).
subroutine adv(q, t, n)
  implicit none
  integer n, i
  real(8) q(n), t(n)
  real(8) c(20)
  common /st/ c
  do i = 2, n - 1
    t(i) = q(i + 1) * c(i) - q(i - 1) * c(i + 1) + q(i) * c(i - 1)
  end do
end subroutine adv

subroutine top(n, x, f)
  implicit none
  integer n, i, k
  real(8) x(n), f, t(20)
  real(8) c(20)
  common /st/ c
  do i = 1, 20
    c(i) = 0.01d0 * i
  end do
  do i = 1, n
    c(i) = x(i)
  end do
  t = 0
  do k = 1, 3
    call adv(c, t, n)
    do i = 1, n
      c(i) = c(i) + 0.1d0 * t(i) * c(i)
    end do
  end do
  f = 0
  do i = 1, n
    f = f + c(i)**2
  end do
end subroutine top
