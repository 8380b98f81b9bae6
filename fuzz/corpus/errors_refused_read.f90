! READ is outside the subset (PRINT and WRITE(*,*) are in it).
subroutine ask(x)
  real(8), intent(out) :: x
  read(*, *) x
end subroutine ask
