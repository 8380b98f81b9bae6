c     Comment lines in fixed form: `c`, `C`, `*` and `!` in column 1, `!` after code,
C     blank lines, a comment line between a statement and its continuation, and a `!`
*     comment after a continued expression.
!     This line is a comment too.
      PROGRAM COMMNT
      DOUBLE PRECISION X, Y
* a star comment
C AN UPPER-CASE COMMENT

      X = 2.5D0   ! trailing comment with a * and a c in it
c lower-case comment
      Y = X*X +
C     a comment line between the two lines of one statement
     &    1.0D0   ! comment on the continuation line
      PRINT *, X, Y
!
      Y = Y - X
      PRINT *, Y
      END
