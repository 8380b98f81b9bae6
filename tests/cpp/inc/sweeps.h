#define NSWEEP 2
