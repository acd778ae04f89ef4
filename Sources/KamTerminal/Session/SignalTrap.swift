import CNcurses
import Synchronization

/// The first ending signal received (SIGINT, SIGTERM, SIGHUP, SIGQUIT), 0 for none.
let pendingEndSignal = Atomic<Int32>(0)
/// Set when Ctrl-Z (SIGTSTP) asks the program to suspend.
let pendingSuspend = Atomic<Bool>(false)

/// The signal handler: only records the signal, which is all a handler may safely do.
/// The run loop polls the flags between reads of at most ~100 ms.
private let recordSignal: @convention(c) (Int32) -> Void = { signal in
    if signal == SIGTSTP {
        pendingSuspend.store(true, ordering: .sequentiallyConsistent)
    } else {
        _ = pendingEndSignal.compareExchange(expected: 0, desired: signal, ordering: .sequentiallyConsistent)
    }
}

/// Catches the signals that end or suspend kam while the screen is up, and puts the
/// old handlers back afterwards.
///
/// Installed before ncurses starts: ncurses only installs its own handlers where the
/// disposition is still the default, and without one SIGHUP (an SSH drop) would kill
/// kam with the terminal unrestored. SIGWINCH is left to ncurses, which turns it into
/// `KEY_RESIZE`.
final class SignalTrap {
    /// The signals that end the session.
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    private var saved: [(signal: Int32, action: sigaction)] = []

    /// Clears the flags and installs the handlers.
    init() {
        pendingEndSignal.store(0, ordering: .sequentiallyConsistent)
        pendingSuspend.store(false, ordering: .sequentiallyConsistent)
        for signal in Self.endingSignals + [SIGTSTP] {
            var old = sigaction()
            if kam_install_handler(signal, recordSignal, &old) == 0 { saved.append((signal, old)) }
        }
        Self.unblock(Self.endingSignals + [SIGTSTP, SIGWINCH, SIGCONT])
    }

    /// Unblocks `signals` in this thread: a parent (a test runner, a job control wrapper)
    /// may have started kam with them blocked, and a blocked SIGHUP would never end the
    /// session when the SSH connection drops.
    static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    deinit { restore() }

    /// The ending signal received, if any.
    var endSignal: Int32? {
        let signal = pendingEndSignal.load(ordering: .sequentiallyConsistent)
        return signal == 0 ? nil : signal
    }

    /// True once per Ctrl-Z.
    func takeSuspendRequest() -> Bool {
        pendingSuspend.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Stops the process as Ctrl-Z would (the shell regains the terminal) and returns
    /// when it is continued (`fg`).
    func stopUntilContinued() {
        kam_default_handler(SIGTSTP)
        raise(SIGTSTP)
        var ignored = sigaction()
        kam_install_handler(SIGTSTP, recordSignal, &ignored)
    }

    /// Puts back the handlers that were there before; safe to call more than once.
    func restore() {
        for (signal, action) in saved {
            var action = action
            kam_restore_handler(signal, &action)
        }
        saved = []
    }
}
