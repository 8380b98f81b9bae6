c stad: --head 'h(f)/(x)'
c Found by tests/gen (fixed-form programs; stad main 6bf938f and f217df8): in fixed form a
c continuation line continues the statement column for column, so a token may be cut at
c column 72 and go on in column 7 of the next line (F77 code does this). gfortran accepts it;
c stad stops with a syntax error whenever a name or a number is cut:
c     fixed_token_split_continuation.f:13:7: error: syntax error, unexpected name
c     fixed_token_split_continuation.f:15:7: error: syntax error, unexpected real constant
c (cutting at a blank, a comma or an operator is fine).
      subroutine h(x, f)
      real(8), intent(in) :: x(2)
      real(8), intent(out) :: f
      f = x(1)*x(2) + 0.5d0*x(
     &1) + si
     &n(x(2))
      f = f + x(2)*0.2
     &5d0
      end subroutine h
