! Every spelling of END: END DO/ENDDO, END IF/ENDIF, END SUBROUTINE name, ENDSUBROUTINE,
! END FUNCTION, END PROGRAM, END MODULE, plain END.
module ends
contains
  subroutine a(x)
    real(8) :: x
    integer :: i
    do i = 1, 2
      if (x > 0) then
        x = x - 1
      endif
    enddo
    do i = 1, 2
      if (x < 0) then
        x = x + 1
      end if
    end do
  end subroutine a
  subroutine b
  endsubroutine
  real(8) function c(x)
    real(8) :: x
    c = x
  end function
  real(8) function d(x)
    real(8) :: x
    d = x
  endfunction d
end module ends

subroutine e
end

program p
  use ends
end program
