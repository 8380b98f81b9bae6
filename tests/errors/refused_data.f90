! DATA statements are outside the subset.
subroutine init(y)
  real(8), intent(out) :: y
  real(8) :: c
  data c /2.5d0/
  y = c
end subroutine init
