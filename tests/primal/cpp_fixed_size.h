#define NLEN 6
#define RATE 0.75D0
