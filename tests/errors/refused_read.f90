! READ is outside the subset (output and files are in it), refused with what to do instead.
subroutine ask(x)
  real(8), intent(out) :: x
  read(*, *) x
end subroutine ask
