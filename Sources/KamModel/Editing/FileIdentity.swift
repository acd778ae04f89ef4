#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a workspace file was when kam read or wrote it: size, times, device, inode and a
/// hash of its bytes, to tell later whether someone else changed it.
///
/// Two identities describe the same content when their hashes and sizes are equal. To
/// avoid reading a large file again, `unchanged(since:)` first compares the file's status
/// (size, modification and status-change times to the nanosecond, device, inode): when all
/// are equal to the recorded ones the file is taken as unchanged, as git does; only when
/// they differ is the file read and hashed (so a touch is still not a change).
public struct FileIdentity: Sendable, Equatable, CustomStringConvertible {
    public var size: Int
    /// Modification time: seconds since 1970 and nanoseconds.
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    public var device: UInt64
    public var inode: UInt64
    /// The content hash (`ContentHash.of`, kind `ContentHash.Kind.blocks`).
    public var hash: UInt64
    /// The file's status as it was when `hash` was computed; nil when it could not be
    /// taken or may not belong to the hashed bytes (the file changed while it was read).
    public var status: FileStatus?

    public init(size: Int, modifiedSeconds: Int64, modifiedNanoseconds: Int64 = 0, device: UInt64 = 0,
                inode: UInt64 = 0, hash: UInt64, status: FileStatus? = nil) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.device = device
        self.inode = inode
        self.hash = hash
        self.status = status
    }

    /// The identity of bytes with `hash`, of a file whose status is `status`.
    init(size: Int, hash: UInt64, status: FileStatus?) {
        self.init(size: size, modifiedSeconds: status?.modifiedSeconds ?? 0,
                  modifiedNanoseconds: status?.modifiedNanoseconds ?? 0, device: status?.device ?? 0,
                  inode: status?.inode ?? 0, hash: hash, status: status)
    }

    /// True when both describe the same bytes (whatever the time stamps say).
    public func sameContent(as other: FileIdentity) -> Bool { hash == other.hash && size == other.size }

    /// True when the file's status `now` proves the file is still these bytes without
    /// reading it: same size, times, device and inode, and the recorded status was not
    /// "racy" (see `FileStatus.isSettled`).
    public func unchanged(since now: FileStatus) -> Bool {
        guard let status, status.isSettled, status.size == size else { return false }
        return status.sameFile(as: now)
    }

    /// The hash as 16 hex digits, as the journal writes it.
    public var hashText: String { FileIdentity.hex(hash) }

    public var description: String {
        "\(size) bytes, modified \(ClockText.dateAndTime(modifiedSeconds)), hash \(hashText)"
    }

    /// The identity of `bytes` just read from `path`; size and hash come from the bytes,
    /// time and inode from the file (zero when it cannot be inspected).
    ///
    /// `before` is the file's status taken before reading: the status is kept for
    /// `unchanged(since:)` only when it is the same after, so that it surely belongs to
    /// these bytes.
    public static func of(_ bytes: [UInt8], at path: String, statusBefore before: FileStatus? = nil) -> FileIdentity {
        of(size: bytes.count, hash: ContentHash.of(bytes), at: path, statusBefore: before)
    }

    /// The identity of `size` bytes with content hash `hash` just read from `path`, as
    /// `of(_:at:statusBefore:)` makes it (the status kept only when the same before and after).
    static func of(size: Int, hash: UInt64, at path: String, statusBefore before: FileStatus?) -> FileIdentity {
        let after = FileStatus.of(path)
        var identity = FileIdentity(size: size, hash: hash, status: after)
        let settled = if let before, let after { before.sameFile(as: after) && after.size == size } else { false }
        if !settled { identity.status = nil }
        return identity
    }

    /// Reads the file at `path` and returns its bytes and identity.
    public static func read(_ path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem()) throws -> (bytes: [UInt8], identity: FileIdentity) {
        let before = FileStatus.of(path)
        let bytes = try fileSystem.read(path)
        return (bytes, of(bytes, at: path, statusBefore: before))
    }

    /// The identity of the file at `path` as it is now, hashed in windows of a few MB (the
    /// file is never whole in memory): what `read(_:fileSystem:)` gives without the bytes.
    public static func current(_ path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem()) throws -> FileIdentity {
        try current(path, fileSystem: fileSystem, windowBytes: 4 << 20)
    }

    /// `current(_:fileSystem:)` with windows of `windowBytes` (tests make them small).
    static func current(_ path: String, fileSystem: any WorkspaceFileSystem, windowBytes: Int) throws -> FileIdentity {
        let before = FileStatus.of(path)
        let file = try fileSystem.pieces(path)
        let hashes = BlockHashes(size: file.size)
        let window = FileWindow(file: file, start: 0, limit: file.size, capacity: windowBytes,
                                alignment: ContentHash.blockSize, hashes: hashes)
        do {
            while !window.atLimit { try window.refill(keepingFrom: window.end) }
            return of(size: file.size, hash: try hashes.finish(reading: file), at: path, statusBefore: before)
        } catch is FileWindowError {
            // The file shrank while it was read: take it whole, as it is now.
            return try read(path, fileSystem: fileSystem).identity
        }
    }

    /// The FNV-1a 64-bit hash of `bytes`: the hash journals stored before `ContentHash`.
    public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Times in the words kam shows: "09:14" today, "2025-07-13 09:14" another day (local time).
enum ClockText {
    /// Seconds since 1970 now.
    static func now() -> Int64 { Int64(time(nil)) }

    /// "09:14" when `seconds` is today, else "2025-07-13 09:14".
    static func short(_ seconds: Int64, now: Int64 = ClockText.now()) -> String {
        let (day, clock) = parts(seconds)
        return day == parts(now).day ? clock : "\(day) \(clock)"
    }

    /// "2025-07-13 09:14".
    static func dateAndTime(_ seconds: Int64) -> String {
        let (day, clock) = parts(seconds)
        return "\(day) \(clock)"
    }

    /// The local date `YYYY-MM-DD` and time `HH:MM` of `seconds`.
    private static func parts(_ seconds: Int64) -> (day: String, clock: String) {
        var t = time_t(seconds)
        var local = tm()
        guard localtime_r(&t, &local) != nil else { return ("?", "?") }
        func pad(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let day = "\(local.tm_year + 1900)-\(pad(local.tm_mon + 1))-\(pad(local.tm_mday))"
        return (day, "\(pad(local.tm_hour)):\(pad(local.tm_min))")
    }
}
