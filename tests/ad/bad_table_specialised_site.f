c stad: --head 'top(f)/(x)' --table bad_table_specialised_site.table
C     A table entry written as the source reads, 'newton:res#1', for a
C     routine specialised for its procedure argument (newton__res): the
C     error names the site as stad calls it (trial A F2).
      SUBROUTINE TOP(X, F)
      DOUBLE PRECISION X, F
      EXTERNAL RES
      CALL NEWTON(RES, X, F)
      END

      SUBROUTINE NEWTON(R, X, F)
      DOUBLE PRECISION X, F
      EXTERNAL R
      CALL R(X, F)
      F = F * X
      END

      SUBROUTINE RES(X, F)
      DOUBLE PRECISION X, F
      F = X**3
      END
