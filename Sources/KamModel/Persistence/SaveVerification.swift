/// How a save makes sure of the new file before it replaces the workspace.
///
/// Either way the workspace is checked before it is written, every write must be taken
/// whole, the file is flushed to the disk (`fsync`) and its size checked, and only then is
/// it renamed over the workspace (the previous file kept as `.bak`). `readBack` also reads
/// every part back from the disk, past the page cache, and compares it byte for byte: it
/// doubles the disk traffic (on this project's machine a save of 100,000 accounts took
/// about twice as long on a slow disk), for storage that may not keep what it is given.
public enum SaveVerification: Sendable, Equatable {
    /// Written whole, flushed and its size checked: what git and SQLite rely on.
    case flushed
    /// As `flushed`, and every byte read back from the disk and compared.
    case readBack

    /// This process's choice: `readBack` when `$KAM_READ_BACK_SAVES` is set to anything but
    /// empty or `0`, else `flushed`.
    public static let current = from(environmentValue: environmentValue("KAM_READ_BACK_SAVES"))

    /// The choice a value of `$KAM_READ_BACK_SAVES` makes (nil: not set).
    static func from(environmentValue value: String?) -> SaveVerification {
        guard let value, !value.isEmpty, value != "0" else { return .flushed }
        return .readBack
    }
}
