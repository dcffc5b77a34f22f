// glibc's wcwidth for the UI layer, which must not link ncurses.
// Swift's Glibc module hides wcwidth (it needs _XOPEN_SOURCE), so it comes through here.
#ifndef ONSITE_CTEXTWIDTH_H
#define ONSITE_CTEXTWIDTH_H

/// Cells a Unicode scalar takes in the current locale (-1 if unprintable).
int onsite_scalar_width(unsigned int scalar);

#endif
