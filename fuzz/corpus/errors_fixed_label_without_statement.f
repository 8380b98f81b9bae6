c     Fixed form: a label in columns 1-5 with nothing after it.
      subroutine twice(x, y)
      double precision x, y
      y = 2.0d0 * x
   10
      end
