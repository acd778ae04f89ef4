#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who holds a workspace open for editing: what the lock file `FILE.lock` records.
public struct LockOwner: Sendable, Equatable, CustomStringConvertible {
    public var pid: Int32
    public var host: String
    public var user: String
    /// When the session took the lock, in seconds since 1970.
    public var started: Int64

    public init(pid: Int32, host: String, user: String, started: Int64) {
        self.pid = pid
        self.host = host
        self.user = user
        self.started = started
    }

    /// This process, now.
    public static func current() -> LockOwner {
        var name = [CChar](repeating: 0, count: 256)
        let host = gethostname(&name, name.count) == 0 ? cText(name) : "unknown host"
        let user = getenv("USER").map { String(cString: $0) } ?? getenv("LOGNAME").map { String(cString: $0) } ?? "uid \(getuid())"
        return LockOwner(pid: getpid(), host: host, user: user, started: ClockText.now())
    }

    /// "anna on host1, pid 4242, since 09:14".
    public var description: String {
        "\(user) on \(host), pid \(pid), since \(ClockText.short(started))"
    }

    /// The lock file's content: one line of JSON.
    var json: [UInt8] {
        JSONWriter.inline(.object(JSONObject([
            ("pid", .number(Double(pid))), ("host", .string(host)), ("user", .string(user)),
            ("started", .number(Double(started))), ("startedAt", .string(ClockText.dateAndTime(started))),
        ]))) + [0x0A]
    }

    /// The owner written in a lock file, or nil when the content is not a lock (torn, foreign).
    init?(json bytes: [UInt8]) {
        guard case .object(let object)? = try? JSONParser.parse(bytes),
              case .number(let pid)? = object["pid"], case .string(let host)? = object["host"],
              case .string(let user)? = object["user"], case .number(let started)? = object["started"],
              pid.rounded() == pid, pid > 0, pid < 1e9, abs(started) < 1e15 else { return nil }
        self.init(pid: Int32(pid), host: host, user: user, started: Int64(started))
    }
}

/// What happened when kam tried to take a workspace's lock.
public enum LockAttempt: Sendable, Equatable {
    /// The lock is ours.
    case acquired
    /// The lock was taken from `from`: a session on this host that is no longer running
    /// (a stale lock), or any holder when forced. It is ours now.
    case tookOver(from: LockOwner)
    /// Another session holds it; `stale` is true when that session is known to be gone
    /// (same host, process not running) — then `force` takes it over safely.
    case held(by: LockOwner, stale: Bool)
    /// The lock file exists but cannot be read (being written, or not kam's).
    case unreadable(String)
    /// The lock could not be created (folder not writable...): the text says why.
    case failed(String)
}

/// The lock file `FILE.lock` that keeps two sessions from editing one workspace.
///
/// Created atomically (O_CREAT|O_EXCL), holding the owner as one line of JSON. A lock whose
/// owner is on this host and no longer running (`kill(pid, 0)` fails with ESRCH) is stale
/// and taken over; a lock held by a running process, or by another host, is not, unless
/// forced.
public enum WorkspaceLock {
    /// The lock file of the workspace at `path`.
    public static func path(for workspacePath: String) -> String { workspacePath + ".lock" }

    /// Takes the lock of `workspacePath` for `owner`; `force` takes it from whoever holds it.
    public static func acquire(_ workspacePath: String, as owner: LockOwner, force: Bool = false,
                               isRunning: @Sendable (Int32) -> Bool = WorkspaceLock.isRunning) -> LockAttempt {
        let lockPath = path(for: workspacePath)
        if create(lockPath, owner) { return .acquired }
        guard errno == EEXIST else {
            return .failed("could not create the lock file \(lockPath): \(WorkspaceError.text(ofErrno: errno))")
        }
        guard let existing = read(lockPath) else {
            guard force else { return .unreadable("the lock file \(lockPath) exists but cannot be read") }
            return replace(lockPath, expected: nil, with: owner, reporting: nil)
        }
        if existing == owner { return .acquired }
        let stale = existing.host == owner.host && !isRunning(existing.pid)
        guard stale || force else { return .held(by: existing, stale: false) }
        return replace(lockPath, expected: existing, with: owner, reporting: existing)
    }

    /// Removes the lock of `workspacePath` if `owner` holds it; someone else's stays.
    public static func release(_ workspacePath: String, as owner: LockOwner) {
        let lockPath = path(for: workspacePath)
        if read(lockPath) == owner { unlink(lockPath) }
    }

    /// Who holds the lock of `workspacePath` now, if anyone.
    public static func holder(of workspacePath: String) -> LockOwner? { read(path(for: workspacePath)) }

    /// True unless `kill(pid, 0)` says there is no such process.
    public static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    // MARK: Files

    /// Creates the lock file with O_EXCL; false with errno set when it could not.
    private static func create(_ lockPath: String, _ owner: LockOwner) -> Bool {
        let fd = open(lockPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o644))
        guard fd >= 0 else { return false }
        let bytes = owner.json
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _ = fsync(fd)
        _ = close(fd)
        if written != bytes.count {
            let code = errno
            unlink(lockPath)
            errno = code == 0 ? EIO : code
            return false
        }
        return true
    }

    private static func read(_ lockPath: String) -> LockOwner? {
        guard let bytes = try? PosixFileSystem().read(lockPath) else { return nil }
        return LockOwner(json: bytes)
    }

    /// Replaces a lock that still reads as `expected` (re-checked to narrow the race with
    /// another session taking it over at the same time).
    private static func replace(_ lockPath: String, expected: LockOwner?, with owner: LockOwner,
                                reporting previous: LockOwner?) -> LockAttempt {
        if let expected, read(lockPath) != expected {
            return read(lockPath).map { .held(by: $0, stale: false) } ?? .unreadable("the lock file \(lockPath) changed")
        }
        unlink(lockPath)
        guard create(lockPath, owner) else {
            if let holder = read(lockPath) { return .held(by: holder, stale: false) }
            return .failed("could not create the lock file \(lockPath): \(WorkspaceError.text(ofErrno: errno))")
        }
        return previous.map { .tookOver(from: $0) } ?? .acquired
    }
}
