import Foundation

/// How far a workspace load running on another thread has come: the loader publishes it,
/// the cockpit reads it to show a percentage while the rest of a large file loads.
///
/// Progress is counted in bytes of the file decoded, and in stages around the decoding
/// (reading the file before, checking and preparing the view after), so it only moves
/// forward and reaches 100 only when the load is done.
public final class LoadProgress: @unchecked Sendable {
    /// The steps of a load, in order.
    public enum Stage: Int, Sendable, Comparable {
        /// The file is being opened (a file with problems: read into memory).
        case reading
        /// The file is being read in windows and its accounts decoded (the bulk of the time).
        case decoding
        /// The decoded workspace is being validated (and the file hashed).
        case checking
        /// The caller builds what it shows from the workspace (the account list's measures).
        case preparing
        /// Everything is loaded.
        case done

        public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    /// The size of the file, for the decoding fraction.
    public let totalBytes: Int
    private let lock = NSLock()
    private var stage = Stage.reading
    private var decodedBytes = 0

    /// Progress of loading a file of `totalBytes` bytes.
    public init(totalBytes: Int) {
        self.totalBytes = max(1, totalBytes)
    }

    /// Moves on to `stage` (never back).
    public func enter(_ stage: Stage) {
        lock.withLock { self.stage = max(self.stage, stage) }
    }

    /// Counts `bytes` more of the file as decoded (from any thread).
    public func addDecoded(_ bytes: Int) {
        lock.withLock { decodedBytes += bytes }
    }

    /// The stage the load is in.
    public var currentStage: Stage { lock.withLock { stage } }

    /// The whole load in per cent, 0 to 100.
    ///
    /// Reading counts for the first 5, decoding for up to 70 in proportion to the bytes
    /// decoded, checking starts at 70 and preparing at 80 (the shares they take on a
    /// large file); 100 only when done.
    public var percent: Int {
        let (stage, decoded) = lock.withLock { (self.stage, decodedBytes) }
        switch stage {
        case .reading: return 0
        case .decoding: return 5 + min(65, decoded * 65 / totalBytes)
        case .checking: return 70
        case .preparing: return 80
        case .done: return 100
        }
    }
}
