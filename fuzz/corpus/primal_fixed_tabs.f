c     Tabs in fixed form: a tab in columns 1-6 jumps to column 7 (the statement field),
c     a label followed by a tab, tabs between tokens, and a tab followed by a nonzero
c     digit as a continuation line (the DEC convention gfortran and f77 compilers follow).
      PROGRAM TABS
	DOUBLE PRECISION X, Y
	INTEGER I
	X = 0.5D0
	Y = 0.0D0
	DO 10 I = 1, 4
	   Y = Y +	X*DBLE(I)
10	CONTINUE
	PRINT *, X, Y
	Y = Y*2.0D0 +
	1    X
	PRINT *, Y
	END
