c     Fixed form: a statement that starts in columns 1-5 (free-form habits).
      subroutine twice(x, y)
      double precision x, y
  y = 2.0d0 * x
      end
