#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a workspace file was when kam read it: size, modification time, inode and a hash
/// of its bytes, to tell later whether someone else changed it.
///
/// Two identities describe the same content when their hashes and sizes are equal; the
/// other fields say what happened (a rewrite, a touch) in messages.
public struct FileIdentity: Sendable, Equatable, CustomStringConvertible {
    public var size: Int
    /// Modification time: seconds since 1970 and nanoseconds.
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    public var device: UInt64
    public var inode: UInt64
    /// FNV-1a 64 hash of the content.
    public var hash: UInt64

    public init(size: Int, modifiedSeconds: Int64, modifiedNanoseconds: Int64 = 0, device: UInt64 = 0,
                inode: UInt64 = 0, hash: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.device = device
        self.inode = inode
        self.hash = hash
    }

    /// True when both describe the same bytes (whatever the time stamps say).
    public func sameContent(as other: FileIdentity) -> Bool { hash == other.hash && size == other.size }

    /// The hash as 16 hex digits, as the journal writes it.
    public var hashText: String { FileIdentity.hex(hash) }

    public var description: String {
        "\(size) bytes, modified \(ClockText.dateAndTime(modifiedSeconds)), hash \(hashText)"
    }

    /// The identity of `bytes` just read from `path`; size and hash come from the bytes,
    /// time and inode from the file (zero when it cannot be inspected).
    public static func of(_ bytes: [UInt8], at path: String) -> FileIdentity {
        var identity = FileIdentity(size: bytes.count, modifiedSeconds: 0, hash: fnv1a(bytes))
        var info = stat()
        if stat(path, &info) == 0 {
            #if canImport(Darwin)
            identity.modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
            identity.modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
            #else
            identity.modifiedSeconds = Int64(info.st_mtim.tv_sec)
            identity.modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
            #endif
            identity.device = UInt64(info.st_dev)
            identity.inode = UInt64(info.st_ino)
        }
        return identity
    }

    /// Reads the file at `path` and returns its bytes and identity.
    public static func read(_ path: String, fileSystem: any WorkspaceFileSystem = PosixFileSystem()) throws -> (bytes: [UInt8], identity: FileIdentity) {
        let bytes = try fileSystem.read(path)
        return (bytes, of(bytes, at: path))
    }

    /// The FNV-1a 64-bit hash of `bytes`.
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
