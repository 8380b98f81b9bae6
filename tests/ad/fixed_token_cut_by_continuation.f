c stad: --head 'h(f)/(x)'
c Fixed form continues a statement column for column: a name or a number cut at the end of a
c short line goes on in the continuation (the padding blanks are insignificant), as gfortran
c reads it (found by tests/gen).
      subroutine h(x, f)
      real(8), intent(in) :: x(2)
      real(8), intent(out) :: f
      f = x(1)*x(2) + 0.5d0*x(
     &1) + si
     &n(x(2))
      f = f + x(2)*0.2
     &5d0
      end subroutine h
