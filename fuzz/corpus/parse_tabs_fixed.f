C     Tab layout (DEC): a tab in columns 1-6 starts the statement field, a label may
C     precede the tab, and a tab followed by a digit 1-9 is a continuation line.
	SUBROUTINE TABS(X, Y, N)
	INTEGER N, I
	DOUBLE PRECISION X(N), Y
	Y = 0
	DO 10 I = 1, N
	   Y = Y +	X(I)
10	CONTINUE
	Y = Y*2.0D0 +
	1    X(1)
	END
