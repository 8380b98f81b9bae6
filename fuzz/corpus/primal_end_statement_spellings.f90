! The spellings of the END and ELSE keywords: `end do`/`enddo`, `end if`/`endif`,
! `else if`/`elseif`, `end subroutine NAME`, `endsubroutine`, `end function`, `endfunction`,
! plain `end` closing a subroutine, `end module`, `end program` without the name, upper and
! mixed case keywords and names.
module end_statement_spellings_m
  implicit none
contains
  subroutine a1(x)
    real(8), intent(inout) :: x
    x = x + 1.0d0
  end subroutine a1
  subroutine a2(x)
    real(8), intent(inout) :: x
    x = x * 2.0d0
  endsubroutine a2
  real(8) function f1(x)
    real(8), intent(in) :: x
    f1 = x - 0.5d0
  end function
  real(8) function f2(x)
    real(8), intent(in) :: x
    f2 = x / 4.0d0
  endfunction f2
end module

subroutine a3(x)
  implicit none
  real(8), intent(inout) :: x
  x = -x
end

PROGRAM End_Statement_Spellings
  USE end_statement_spellings_m
  IMPLICIT NONE
  REAL(8) :: X
  INTEGER :: I
  x = 0.25D0
  DO I = 1, 3
    CALL a1(X)
    call A2(x)
  ENDDO
  do i = 1, 2
    if (x > 100.0d0) then
      x = F1(x)
    elseif (x > 10.0d0) then
      x = f2(X)
    else if (x > 0.0d0) then
      call a3(x)
    ENDIF
    IF (I == 2) THEN
      x = x + 0.125d0
    END IF
  end do
  Print *, x, I
  call A3(x)
  print *, x
end program
