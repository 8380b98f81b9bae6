! Construct names: an EXIT naming no enclosing construct, a CYCLE naming an IF block, an END DO
! with another name, an END IF without the name, a name used twice.
subroutine names(x, n)
  integer, intent(in) :: n
  real(8), intent(inout) :: x(n)
  integer :: i, j
  outer: do i = 1, n
    if (x(i) < 0.0d0) exit other
    check: if (x(i) > 1.0d0) then
      cycle check
    end if
    inner: do j = 1, n
      x(j) = x(j) * 0.5d0
    end do outer
  end do outer
  test: if (n > 2) then
    x(1) = 0.0d0
  end if
  same: do i = 1, n
    same: do j = 1, n
    end do same
  end do same
end subroutine names
