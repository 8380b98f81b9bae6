c Fixed form: a line that reaches column 72 inside a token (a name,
c a number, **) goes on in the continuation even when that is
c indented: blanks are insignificant in fixed form, as gfortran reads
c them (found by tests/gen).
      program cut72
      double precision x, y, f
      x = 0.5d0
      y = 1.25d0
      f = x + 0.125d0 *                                               co
     &      s(y) + 0.375d0 * 0.1
     &5d0
      f = f +                                                   (x + y)*
     &    *2 + x
      f = f +                                                        1.2
     &    5d0 * x
      print *, f
      end
