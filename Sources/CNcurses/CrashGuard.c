// The crash guard: restores the terminal when kam crashes with the screen up, then
// hands the signal on (to the Swift runtime's backtracer or the default action).
// Its state lives here, where a signal handler can reach it without allocating.
#include "CNcurses.h"

static struct {
    char bytes[512];
    size_t length;
    int output;
    int input;
    struct termios mode;
    volatile sig_atomic_t armed;
    struct sigaction previous[NSIG];
} state;

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };
enum { crash_signal_count = sizeof crash_signals / sizeof crash_signals[0] };

/// Writes the bytes that leave full-screen mode, puts the saved terminal mode back and
/// re-raises under the previous handler. Only async-signal-safe calls.
static void crash_handler(int sig) {
    if (state.armed) {
        state.armed = 0;
        ssize_t ignored = write(state.output, state.bytes, state.length);
        (void)ignored;
        tcsetattr(state.input, TCSANOW, &state.mode);
    }
    if (sig > 0 && sig < NSIG) sigaction(sig, &state.previous[sig], NULL);
    raise(sig);
}

void kam_crash_guard_arm(int input, int output, const char *bytes, size_t length) {
    if (state.armed) return;
    if (length > sizeof state.bytes) length = sizeof state.bytes;
    memcpy(state.bytes, bytes, length);
    state.length = length;
    state.output = output;
    state.input = input;
    if (tcgetattr(input, &state.mode) != 0) return;
    for (int i = 0; i < crash_signal_count; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = crash_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_NODEFER;
        sigaction(crash_signals[i], &action, &state.previous[crash_signals[i]]);
    }
    state.armed = 1;
}

void kam_crash_guard_disarm(void) {
    if (!state.armed) return;
    state.armed = 0;
    for (int i = 0; i < crash_signal_count; i++) {
        sigaction(crash_signals[i], &state.previous[crash_signals[i]], NULL);
    }
}
