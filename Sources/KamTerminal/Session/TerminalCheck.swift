import CNcurses

/// Why kam cannot run full-screen here; its description is the message to print.
public struct TerminalUnavailable: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, in a few words.
    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String {
        "kam cannot start its full-screen view: \(reason). "
            + "Use `kam report` for a text report or `kam render` to print a screen instead."
    }
}

/// What kam knows about the terminal before it starts ncurses.
public struct TerminalFacts: Sendable, Equatable {
    /// What terminfo says the terminal `TERM` names can do.
    public enum Capability: Sendable, Equatable {
        /// It can address the cursor, so a full-screen view works.
        case fullScreen
        /// It is known but cannot move the cursor (`TERM=dumb`, a printing terminal).
        case noCursorAddressing
        /// terminfo has no entry for it.
        case unknown
        /// No terminfo database was found.
        case noDatabase
    }

    public var inputIsTerminal: Bool
    public var outputIsTerminal: Bool
    /// The value of `TERM`, nil when unset.
    public var term: String?
    public var capability: Capability

    public init(inputIsTerminal: Bool, outputIsTerminal: Bool, term: String?, capability: Capability) {
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.term = term
        self.capability = capability
    }
}

/// The checks that must pass before ncurses takes over the terminal.
public enum TerminalCheck {
    /// Why the full-screen view cannot run with `facts`, or nil when it can.
    public static func refusal(for facts: TerminalFacts) -> TerminalUnavailable? {
        if !facts.outputIsTerminal {
            return TerminalUnavailable(reason: "standard output is not a terminal")
        }
        if !facts.inputIsTerminal {
            return TerminalUnavailable(reason: "standard input is not a terminal")
        }
        guard let term = facts.term, !term.isEmpty else {
            return TerminalUnavailable(reason: "TERM is not set, so the terminal type is unknown")
        }
        switch facts.capability {
        case .fullScreen:
            return nil
        case .noCursorAddressing:
            return TerminalUnavailable(reason: "the terminal type TERM=\(term) cannot move the cursor (no full-screen support)")
        case .unknown:
            return TerminalUnavailable(reason: "the terminal type TERM=\(term) is not in the terminfo database")
        case .noDatabase:
            return TerminalUnavailable(reason: "no terminfo database was found to look up TERM=\(term)")
        }
    }

    /// The facts about this process's standard input, output and `TERM`.
    public static func probe() -> TerminalFacts {
        let term = getenv("TERM").map { String(cString: $0) }
        return TerminalFacts(inputIsTerminal: isatty(STDIN_FILENO) == 1,
                             outputIsTerminal: isatty(STDOUT_FILENO) == 1,
                             term: term,
                             capability: term.map { capability(of: $0) } ?? .unknown)
    }

    /// What terminfo says terminal `term` can do, looked up with `setupterm` (which
    /// prints nothing when given somewhere to put its error).
    public static func capability(of term: String) -> TerminalFacts.Capability {
        var error: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &error) == OK else {
            return error == -1 ? .noDatabase : .unknown
        }
        defer { del_curterm(kam_cur_term()) }
        guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else { return .noCursorAddressing }
        return .fullScreen
    }

    /// Whether the locale's character set (`nl_langinfo(nl_item(CODESET))`) is UTF-8.
    public static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    /// Adopts the user's locale (`setlocale(LC_ALL, "")`) and says whether it is UTF-8;
    /// without UTF-8 ncurses draws only ASCII, so the app should switch to ASCII glyphs.
    public static func adoptLocale() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return isUTF8(codeset: String(cString: codeset))
    }
}
