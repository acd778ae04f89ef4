import Dispatch
import KamModel
import KamUI
import Synchronization

/// A save running on its own thread, off the key loop. It owns the document from `init`
/// until the host takes it back with `take()`: the key loop never touches the document
/// meanwhile (`DocumentHost` holds no reference to it while the save runs).
///
/// The thread does the whole save: the external-change check, encoding, writing,
/// flushing (and reading back, when asked), the new identity and deleting the journal. `cancel()` (an
/// ending signal) asks it to stop before it replaces the file; the save then ends with
/// `SaveCancelled`, leaving the old file and no temporary file.
final class BackgroundSave: Sendable {
    /// What the save ended with: the document (handed back) and the report for the app.
    struct Outcome: Sendable {
        let document: WorkspaceDocument
        let report: HostReport
        /// True when the save wrote the file (else the document still has unsaved edits).
        let saved: Bool
    }

    private let outcome = Mutex<Outcome?>(nil)
    private let stop = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    /// Starts saving `document` as `request` asks, on a thread of its own.
    init(_ document: WorkspaceDocument, _ request: SaveRequest) {
        let mode = request.mode, path = request.path
        // A queue of its own, not a pool thread: the save spreads its encoding and hashing
        // over the cores with `concurrentPerform`.
        DispatchQueue(label: "kam.save", qos: .userInitiated).async { [self] in
            MemoryReturn.trim()
            let (report, saved) = Self.run(document, mode: mode, path: path, cancelled: { self.stop.load(ordering: .relaxed) })
            outcome.withLock { $0 = Outcome(document: document, report: report, saved: saved) }
            done.signal()
        }
    }

    /// True once the save has ended (`take()` then returns its outcome at once).
    var isFinished: Bool { outcome.withLock { $0 != nil } }

    /// Asks the save to stop before it replaces the file; it may already be past that point.
    func cancel() { stop.store(true, ordering: .relaxed) }

    /// Waits for the save to end and hands back the document with the report.
    func take() -> Outcome {
        done.wait()
        done.signal()  // a second take() does not block
        guard let outcome = outcome.withLock({ $0 }) else { preconditionFailure("BackgroundSave ended without an outcome") }
        return outcome
    }

    /// Saves through the document and words the result for the app.
    private static func run(_ document: WorkspaceDocument, mode: SaveRequest.Mode, path: String,
                            cancelled: () -> Bool) -> (HostReport, Bool) {
        let result: SaveResult
        do {
            switch mode {
            case .checked: result = try document.save(cancelled: cancelled)
            case .overwrite: result = try document.save(as: path, force: true, cancelled: cancelled)
            case .saveAs: result = try document.save(as: path, cancelled: cancelled)
            }
        } catch {
            return (.saveFailed("\(error)"), false)
        }
        switch result {
        case .saved: return (.saved(path: document.path), true)
        case .conflict(let change): return (.conflict(path: path, detail: change.description), false)
        }
    }
}
