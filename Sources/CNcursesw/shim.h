// The ncursesw binding. SwiftPM drops the -D flags of ncursesw.pc, and Swift
// cannot import macros or mutable globals, so this header defines what the
// wide-character API needs and exposes accessors for the rest.
#ifndef ONSITE_CNCURSESW_SHIM_H
#define ONSITE_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <fcntl.h>

static inline WINDOW *onsite_stdscr(void) { return stdscr; }
static inline int onsite_lines(void) { return LINES; }
static inline int onsite_cols(void) { return COLS; }
static inline int onsite_colors(void) { return COLORS; }
static inline int onsite_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t onsite_a_normal(void) { return A_NORMAL; }
static inline attr_t onsite_a_bold(void) { return A_BOLD; }
static inline attr_t onsite_a_reverse(void) { return A_REVERSE; }
static inline attr_t onsite_a_underline(void) { return A_UNDERLINE; }
static inline attr_t onsite_a_dim(void) { return A_DIM; }
static inline attr_t onsite_color_pair(int n) { return COLOR_PAIR(n); }
/// A narrow cell: one ASCII character with its attributes and colour pair (pairs below 256 only).
static inline chtype onsite_ascii_cell(unsigned char c, attr_t attributes, short pair) {
    return (chtype)c | (chtype)(attributes & ~A_COLOR) | (chtype)COLOR_PAIR(pair);
}

static inline int onsite_key_f(int n) { return KEY_F(n); }
static inline int onsite_key_code_yes(void) { return KEY_CODE_YES; }
static inline int onsite_err(void) { return ERR; }

static inline mmask_t onsite_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t onsite_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t onsite_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t onsite_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t onsite_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t onsite_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t onsite_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }

/// Whether the terminal can address the cursor (TERM=dumb cannot).
static inline int onsite_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

static inline int onsite_wcwidth(wchar_t c) { return wcwidth(c); }

// Accessors and helpers for OnsiteTerminal.
static inline WINDOW *onsite_curscr(void) { return curscr; }
static inline FILE *onsite_stdin_file(void) { return stdin; }
static inline FILE *onsite_stdout_file(void) { return stdout; }
static inline int onsite_key_max(void) { return KEY_MAX; }

/// A terminfo string capability of the current terminal, or NULL when it has none.
static inline const char *onsite_terminfo_string(const char *name) {
    const char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/// Frees the terminfo entry a probe loaded with setupterm, so newterm starts afresh.
static inline void onsite_release_terminfo(void) {
    TERMINAL *probed = cur_term;
    if (probed != NULL) {
        set_curterm(NULL);
        del_curterm(probed);
    }
}

/// Bytes waiting to be read on a descriptor (FIONREAD), or -1 on error.
static inline int onsite_pending_bytes(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}

/// The window size the kernel reports for a terminal; 0 on success, -1 when unknown.
static inline int onsite_window_size(int fd, int *height, int *width) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *height = size.ws_row;
    *width = size.ws_col;
    return 0;
}

// glibc has pipe2, but declares it only for _GNU_SOURCE, which the system module lacks.
extern int pipe2(int descriptors[2], int flags);

/// A pipe whose ends are close-on-exec and non-blocking; 0 on success.
static inline int onsite_self_pipe(int descriptors[2]) {
    return pipe2(descriptors, O_CLOEXEC | O_NONBLOCK);
}

#endif
