c     A preprocessor directive in a .f file (fixed form, not preprocessed).
      SUBROUTINE S(X)
      DOUBLE PRECISION X
#define TWO 2
      X = 2*X
      END
