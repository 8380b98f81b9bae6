! stad: --head 'rows(f)/(x)'
! One tape block per overwritten row section. The loops of react, update and recur write each
! element of a row once (a(i+1, j), b(i+h, j) with h a PARAMETER, w(i, j)) and no adjoint in
! them reads the array written, so the forward sweep pushes the old row as one block before
! the loop and the backward sweep pops it as one after the reversed loop (recur is a recurrence
! b(i) = b(i) + 0.3 b(i-1): the saved values are still the row before the loop). Element pushes
! stay where the adjoint reads the array it overwrites (nonlin), where one iteration writes the
! array twice (twice), and where the body calls a function (percall). Bounds: PARAMETERs in
! react (no trip count pushed), a dummy in update and recur, an empty loop in empty.
module rows_par
  implicit none
  integer, parameter :: nx = 5
  integer, parameter :: m = 3
  integer, parameter :: h = 1
end module rows_par

subroutine react(a, b, w)
  use rows_par
  implicit none
  real(8) a(1-h:nx+h, m), b(nx, m), w(nx, m)
  integer i, j
  do j = 1, m
    do i = 1, nx
      w(i, j) = w(i, j) + 0.1d0 * sin(a(i, j)) * b(i, j)
    end do
  end do
end subroutine react

subroutine update(n, a, b, w, c)
  use rows_par
  implicit none
  integer n, i, j
  real(8) a(1-h:n+h, m), b(n, m), w(n, m), c
  do j = 1, m
    do i = 1 - h, n - h
      a(i + 1, j) = a(i + 1, j) + c * w(i + h, j) * w(i + 1, j)
      b(i + h, j) = 0.5d0 * b(i + h, j) - c * w(i + 1, j)
    end do
  end do
end subroutine update

subroutine nonlin(n, a)
  use rows_par
  implicit none
  integer n, i, j
  real(8) a(1-h:n+h, m)
  do j = 1, m
    do i = 1, n
      a(i, j) = 0.5d0 * a(i, j) * a(i, j) + 0.1d0
    end do
  end do
end subroutine nonlin

subroutine recur(n, b)
  use rows_par
  implicit none
  integer n, i, j
  real(8) b(n, m)
  do j = 1, m
    do i = 2, n
      b(i, j) = b(i, j) + 0.3d0 * b(i - 1, j)
    end do
  end do
end subroutine recur

subroutine twice(n, w)
  use rows_par
  implicit none
  integer n, i, j
  real(8) w(n, m)
  do j = 2, m
    do i = 1, n
      w(i, j) = 0.9d0 * w(i, j) + 0.05d0 * w(i, 1)
      w(i, 1) = w(i, 1) - 0.05d0 * w(i, j) * w(i, j)
    end do
  end do
end subroutine twice

real(8) function damp(t)
  implicit none
  real(8) t
  damp = t / (1.0d0 + t * t)
end function damp

subroutine percall(n, b)
  use rows_par
  implicit none
  integer n, i, j
  real(8) b(n, m)
  real(8), external :: damp
  do j = 1, m
    do i = 1, n
      b(i, j) = damp(b(i, j))
    end do
  end do
end subroutine percall

subroutine empty(n, k, a)
  use rows_par
  implicit none
  integer n, k, i, j
  real(8) a(1-h:n+h, m)
  do j = 1, m
    do i = k, n
      a(i, j) = 2.0d0 * a(i, j)
    end do
  end do
end subroutine empty

subroutine rows(x, f)
  use rows_par
  implicit none
  real(8) x(nx), f
  real(8) a(1-h:nx+h, m), b(nx, m), w(nx, m)
  integer i, j, t
  do j = 1, m
    a(1 - h, j) = 0.5d0
    a(nx + h, j) = 0.25d0 * j
    do i = 1, nx
      a(i, j) = 0.1d0 * j * x(i) + 1.0d0
      b(i, j) = cos(x(i)) * j
      w(i, j) = x(i) + 0.2d0 * j
    end do
  end do
  do t = 1, 3
    call react(a, b, w)
    call update(nx, a, b, w, 0.2d0)
    call nonlin(nx, a)
    call recur(nx, b)
    call twice(nx, w)
    call percall(nx, b)
    call empty(nx, nx + 1, a)
  end do
  f = 0.0d0
  do j = 1, m
    do i = 1, nx
      f = f + a(i, j) * b(i, j) + sin(w(i, j))
    end do
    f = f + a(0, j) * a(nx + 1, j)
  end do
end subroutine rows
