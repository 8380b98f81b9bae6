c     Fixed form: a continuation line (column 6) with no statement before it.
     &      subroutine twice(x, y)
      double precision x, y
      y = 2.0d0 * x
      end
