! WHERE and FORALL spellings: one-line and block forms, ELSEWHERE / ELSE WHERE / ELSEWHERE
! (mask), END WHERE / ENDWHERE, END FORALL / ENDFORALL, strides and masks in FORALL, and
! `where` and `forall` as ordinary variable names.
subroutine s(n, a, b)
  integer, intent(in) :: n
  real(8), intent(inout) :: a(n), b(n)
  integer :: where(2), forall, i
  where(1) = 2
  forall = where(1)
  where (a > 0) a = 1
  where (a > 0)
    a = 2
  elsewhere (b > 0)
    a = 3
  else where
    a = 4
  endwhere
  where (b < 0)
    b = -b
  elsewhere
    b = 0
  end where
  forall (i = 1:n) a(i) = i
  forall (i = 1:n:2, b(i) > 0)
    a(i) = b(i)
  endforall
  forall (i = n:1:-1)
    b(i) = a(i)
  end forall
end subroutine s
