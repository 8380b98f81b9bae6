! INTEGER(8) where the array and control-flow code reads integers: subscripts built with MOD of
! mixed kinds (once folded silently to a constant), section bounds and strides, DIM of a
! reduction, implied-DO bounds, computed GO TO, arithmetic IF and SELECT CASE on INTEGER(8).
module k8
  implicit none
  integer, parameter :: ik = selected_int_kind(18)
contains
  subroutine pick(n, v, g, r)
    integer, intent(in) :: n, g
    real(8), intent(in) :: v(n)
    real(8), intent(out) :: r
    integer(ik) :: m8
    integer :: m4
    m8 = n
    m4 = n
    r = v(1 + mod(abs(3 - g), m8)) + 10 * v(1 + mod(g, m4)) + 100 * v(1 + mod(g, int(m8)))
  end subroutine pick
end module k8

program kinds_integer8_arrays_flow
  use k8
  implicit none
  real(8) :: v(7), w(7), a(3, 4), r
  integer(ik) :: lo, hi, st, k
  integer :: i, g
  do i = 1, 7
    v(i) = 0.5d0 * i + 0.01d0 * i * i
  end do
  do g = 1, 9
    call pick(7, v, g, r)
    print *, g, r
  end do
  lo = 6_ik
  hi = 2_ik
  st = -2_ik
  w = 0
  w(lo:hi:st) = v(1:3)
  print *, w
  do k = 1_ik, 4_ik
    a(:, k) = [(0.25d0 * i * k, i = 1_ik, 3_ik)]
  end do
  print *, sum(a, dim=2_ik)
  print *, [(v(k), k = 7_ik, 1_ik, -3_ik)]
  do k = 1_ik, 4_ik
    go to (10, 20, 30), k
    print *, 'computed goto fell through', k
    go to 40
10  print *, 'ten', k
    go to 40
20  print *, 'twenty', k
    go to 40
30  print *, 'thirty', k
40  continue
    if (k - 2_ik) 50, 60, 70
50  print *, 'negative'
    go to 80
60  print *, 'zero'
    go to 80
70  print *, 'positive'
80  continue
    select case (k * 3000000000_ik)
    case (:3000000000_ik)
      print *, 'case low'
    case (6000000000_ik, 9000000000_ik)
      print *, 'case mid'
    case default
      print *, 'case high'
    end select
  end do
end program kinds_integer8_arrays_flow
