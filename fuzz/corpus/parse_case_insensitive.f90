! Keywords and names in any case: names are lower-cased.
SUBROUTINE MixedCase(Alpha, BETA)
  Implicit None
  Real(Kind=8), Intent(IN) :: Alpha
  REAL(8), intent(Out) :: beta
  If (ALPHA .GT. 0.0D0) Then
    Beta = aLpHa * 2.0D0
  Else
    BETA = -Alpha
  End If
End Subroutine MIXEDCASE
