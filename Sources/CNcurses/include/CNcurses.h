// The C shim over wide-character ncurses: what Swift cannot import directly.
//
// Only KamTerminal imports this module. Everything is header-only except the crash
// guard, whose state a signal handler must reach (CrashGuard.c). Globals that Swift 6 rejects as not
// concurrency-safe get `static inline` getters; macros that do not import get
// constants or accessors.
#ifndef KAM_CNCURSES_H
#define KAM_CNCURSES_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// MARK: Globals

static inline WINDOW *kam_stdscr(void) { return stdscr; }
static inline WINDOW *kam_curscr(void) { return curscr; }
static inline int kam_lines(void) { return LINES; }
static inline int kam_cols(void) { return COLS; }
static inline int kam_colors(void) { return COLORS; }
static inline int kam_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *kam_stdin(void) { return stdin; }
static inline FILE *kam_stdout(void) { return stdout; }
static inline FILE *kam_stderr(void) { return stderr; }

// MARK: Attributes

static const attr_t KAM_A_NORMAL = A_NORMAL;
static const attr_t KAM_A_BOLD = A_BOLD;
static const attr_t KAM_A_UNDERLINE = A_UNDERLINE;
static const attr_t KAM_A_REVERSE = A_REVERSE;
static const attr_t KAM_A_DIM = A_DIM;
static const attr_t KAM_A_ALTCHARSET = A_ALTCHARSET;
static const attr_t KAM_A_ATTRIBUTES = A_ATTRIBUTES;

// MARK: Keys and mouse

static inline int kam_key_f(int n) { return KEY_F(n); }
static inline int kam_key_f0(void) { return KEY_F0; }

static const mmask_t KAM_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t KAM_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t KAM_BUTTON2_PRESSED = BUTTON2_PRESSED;
static const mmask_t KAM_BUTTON2_RELEASED = BUTTON2_RELEASED;
static const mmask_t KAM_BUTTON3_PRESSED = BUTTON3_PRESSED;
static const mmask_t KAM_BUTTON3_RELEASED = BUTTON3_RELEASED;
static const mmask_t KAM_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t KAM_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t KAM_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;

// MARK: Line drawing

/// The wide alternate-character-set glyph for an ACS letter ('q' horizontal line, ...).
/// Valid only once a screen has been started.
static inline const cchar_t *kam_wacs(char c) { return NCURSES_WACS(c); }

// MARK: Terminal capabilities

/// The current terminfo entry (set by setupterm), to free it after a probe.
static inline TERMINAL *kam_cur_term(void) { return cur_term; }

// MARK: Signals

/// Installs `handler` for `sig` without SA_RESTART, so a blocking read is interrupted;
/// stores the old disposition in `old`. Returns 0 on success.
static inline int kam_install_handler(int sig, void (*handler)(int), struct sigaction *old) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(sig, &action, old);
}

/// Puts back a disposition saved by `kam_install_handler`.
static inline int kam_restore_handler(int sig, const struct sigaction *old) {
    return sigaction(sig, old, NULL);
}

/// Sets `sig` to its default action.
static inline int kam_default_handler(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, NULL);
}

/// Turns off XON/XOFF flow control on `fd`, so Ctrl-S and Ctrl-Q arrive as keys.
static inline int kam_disable_flow_control(int fd) {
    struct termios t;
    if (tcgetattr(fd, &t) != 0) return -1;
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    return tcsetattr(fd, TCSANOW, &t);
}

// MARK: Crash guard (CrashGuard.c)

/// Arms the crash guard: saves the terminal mode of `input` now (before ncurses
/// changes it) and the `length` bytes to write to `output` if the process crashes
/// (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) while the screen is up.
void kam_crash_guard_arm(int input, int output, const char *bytes, size_t length);

/// Disarms the crash guard and puts the previous crash handlers back.
void kam_crash_guard_disarm(void);

#endif
