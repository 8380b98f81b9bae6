/*
 * profiles.h — hand-built profiles shared by the strategy test and by gen_profiles, which
 * writes them for the golden tests of `stad profile`.
 */
#ifndef STAD_PROF_PROFILES_H
#define STAD_PROF_PROFILES_H

#include "testutil.h"

/* MODEL.md's worked example: P pushes 200, calls Q at site p:10:q (snapshot 100, Q pushes
 * 1000; on: primal 400 ns), pushes 300. Measured peak 1200 on, 1500 off. */
void pf_worked(SB *b, int on);

/* Four sites called one after the other by P, which then pushes 1000 and turns:
 *   p:11:a on,  snapshot 500, Q leaves 100, primal 100 ns   off: -120 ns, peak -400 (free win)
 *   p:12:b on,  snapshot 10,  Q leaves 400, primal 1000 ns  off: -1020 ns, peak +390
 *   p:13:c on,  snapshot 10,  Q leaves 200, primal 600 ns   off: -620 ns, peak +190
 *   p:14:d off, snapshot 50,  Q leaves 800, forward 1600 ns on: +806 ns, peak -750
 * Measured peak 2320 (at the turn: 500 + 10 + 10 + 800 + 1000). */
void pf_strategy(SB *b);

#endif
