#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's status (`stat`): what tells, without reading it, that a file is the one kam
/// read or wrote: size, modification and status-change times to the nanosecond, device
/// and inode, and when the status was taken.
public struct FileStatus: Sendable, Equatable {
    public var size: Int
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    /// The status-change time (ctime), which no program can set back.
    public var changedSeconds: Int64
    public var changedNanoseconds: Int64
    public var device: UInt64
    public var inode: UInt64
    /// When this status was taken (the wall clock, nanoseconds since 1970).
    public var observedNanoseconds: Int64

    /// The status of the file at `path`, or nil when there is none or it cannot be inspected.
    public static func of(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        var clock = timespec()
        clock_gettime(CLOCK_REALTIME, &clock)
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        return FileStatus(
            size: Int(info.st_size), modifiedSeconds: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
            changedSeconds: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec),
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
            observedNanoseconds: Int64(clock.tv_sec) * 1_000_000_000 + Int64(clock.tv_nsec))
    }

    /// True when both statuses describe the same file in the same state (all but the time
    /// they were taken are equal).
    public func sameFile(as other: FileStatus) -> Bool {
        size == other.size && modifiedSeconds == other.modifiedSeconds && modifiedNanoseconds == other.modifiedNanoseconds
            && changedSeconds == other.changedSeconds && changedNanoseconds == other.changedNanoseconds
            && device == other.device && inode == other.inode
    }

    /// True when a later change of the file would surely show in its times: the status was
    /// taken well after the file's last change (git's "racy clean" rule).
    ///
    /// File systems stamp times from a coarse clock (a few milliseconds; whole seconds on
    /// some, which then show zero nanoseconds), so a write just after this status was taken
    /// could get the same time stamps. Such a status proves nothing: the file is read and
    /// hashed instead.
    public var isSettled: Bool {
        let wholeSeconds = modifiedNanoseconds == 0 && changedNanoseconds == 0
        let margin: Int64 = wholeSeconds ? 2_000_000_000 : FileStatus.clockMargin
        let latest = max(modifiedSeconds * 1_000_000_000 + modifiedNanoseconds,
                         changedSeconds * 1_000_000_000 + changedNanoseconds)
        return observedNanoseconds - latest > margin
    }

    /// How long after a file's last change its status is trusted, on file systems with
    /// sub-second times: well above a kernel tick (1–10 ms).
    static let clockMargin: Int64 = 100_000_000
}
