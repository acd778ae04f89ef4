import CNcurses

/// Restores the terminal if kam crashes (SIGSEGV, SIGILL from a Swift trap, SIGABRT...)
/// while the screen is up, then lets the crash proceed, so the backtrace lands on a
/// usable terminal rather than in the alternate screen with echo off.
///
/// The handler lives in the C shim and only writes prepared bytes and calls
/// `tcsetattr`, which is all a crash handler can safely do.
enum CrashGuard {
    /// Saves the terminal's current mode and prepares the bytes that leave full-screen
    /// mode for terminal `term`. Call before ncurses changes the mode.
    static func arm(term: String, mouse: Bool) {
        var error: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &error) == OK else { return }
        var bytes = ""
        for capability in ["sgr0", "cnorm", "rmcup"] {
            if let value = tigetstr(capability), Int(bitPattern: value) != -1 {
                bytes += String(cString: value)
            }
        }
        del_curterm(kam_cur_term())
        if mouse { bytes += "\u{1B}[?1006l\u{1B}[?1000l" }
        bytes += "\r\n"
        bytes.withCString { kam_crash_guard_arm(STDIN_FILENO, STDOUT_FILENO, $0, strlen($0)) }
    }

    /// Puts the previous crash handlers back.
    static func disarm() {
        kam_crash_guard_disarm()
    }
}
