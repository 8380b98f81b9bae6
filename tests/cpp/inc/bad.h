! bad.h: its second statement is cut short
  x = 2 * x
  x = x +
