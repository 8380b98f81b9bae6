! Derived types (TYPE ... END TYPE) are outside the subset.
module shapes
  type point
    real(8) :: x, y
  end type point
end module shapes
