import Foundation
import KamModel
import KamTerminal
import KamUI

/// A large workspace file to open progressively: its preview is shown at once while the
/// whole file loads on another thread.
struct PreviewOpening {
    let path: String
    let preview: WorkspacePreview
    let readOnly: Bool
    let force: Bool
}

/// What the full load of a large workspace gives: the document (read, hashed, decoded and
/// validated, not yet locked) and the app state built from its workspace.
struct LoadedWorkspace: Sendable {
    let document: WorkspaceDocument
    let state: AppState
}

/// Why the full load failed: the file (unreadable, invalid) or the first screen.
enum LoadFailure: Error {
    case file(any Error)
    case screen(ScreenOpenError)
}

/// The full load of a large workspace, running on another thread: `WorkspaceDocument.open`
/// without the lock (the cockpit takes it when it shows the result, so quitting while
/// loading leaves no lock behind), then the app state with the account list's measures.
final class WorkspaceLoad: @unchecked Sendable {
    /// How far the load is; the cockpit shows its percentage.
    let progress: LoadProgress
    private let lock = NSLock()
    private var outcome: Result<LoadedWorkspace, LoadFailure>?
    private var work: (@Sendable () -> Result<LoadedWorkspace, LoadFailure>)?

    /// Prepares the load of the file at `path` (`fileBytes` long); `start()` starts it.
    init(path: String, fileBytes: Int, environment: DocumentEnvironment,
         makeState: @escaping @Sendable (Workspace) throws(ScreenOpenError) -> AppState) {
        let progress = LoadProgress(totalBytes: fileBytes)
        self.progress = progress
        work = {
            defer { progress.enter(.done) }
            do {
                let document = try WorkspaceDocument.open(path: path, readOnly: true, environment: environment,
                                                          progress: progress)
                progress.enter(.preparing)
                return Result { () throws(ScreenOpenError) in try makeState(document.workspace) }
                    .map { LoadedWorkspace(document: document, state: $0) }
                    .mapError(LoadFailure.screen)
            } catch {
                return .failure(.file(error))
            }
        }
    }

    /// Starts the load on another thread, once. The cockpit calls it after drawing the
    /// preview's first frame, so that the frame does not share the cores with the load.
    func start() {
        guard let work = lock.withLock({ () -> (@Sendable () -> Result<LoadedWorkspace, LoadFailure>)? in
            defer { self.work = nil }
            return self.work
        }) else { return }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = work()
            lock.withLock { outcome = result }
        }
    }

    /// The result once the load has finished; nil while it runs (or before it starts).
    var finished: Result<LoadedWorkspace, LoadFailure>? { lock.withLock { outcome } }
}

/// The cockpit's part in a progressive open: the load in the background, the keys typed
/// ahead, and whether the full state is waiting for a question asked at opening (recover
/// edits? the file is in use) to be answered before those keys are replayed.
struct WorkspaceLoading {
    let load: WorkspaceLoad
    let opening: PreviewOpening
    var typeAhead = TypeAhead()
    /// Set when the full load failed: the session ends and the launcher reports it.
    var failure: LoadFailure?
    /// The full state is shown with a question open; the type-ahead waits for its answer.
    var waitingForAnswer = false

    /// True while the load runs.
    var isRunning: Bool { !waitingForAnswer && failure == nil }
}

extension Cockpit {
    /// True while a workspace loads behind the preview.
    var isLoading: Bool { loading?.isRunning ?? false }

    /// Handles an event while loading: moves over the preview, help and quit act at once;
    /// anything else waits for the full workspace.
    mutating func handleWhileLoading(_ event: InputEvent) -> AppControl {
        guard var loading else { return carryOut(state.handle(event)) }
        if loading.waitingForAnswer {
            let control = carryOut(state.handle(event))
            if control == .quit { return .quit }
            if case .question? = state.overlay { return control }
            self.loading = nil
            return replay(loading.typeAhead.take())
        }
        if loading.typeAhead.keep(event, state: state) {
            state.loading?.waitingEvents = loading.typeAhead.events.count
            self.loading = loading
            return .continue
        }
        return carryOut(state.handle(event))
    }

    /// Starts the load if it has not started, and takes the full workspace when it has
    /// loaded (nil while nothing changed): shows it where the preview's cursor was, takes
    /// the lock, offers recovered edits, and replays the keys typed ahead. Updates the
    /// shown percentage on the way; quits on a failure.
    mutating func takeLoadedWorkspace() -> AppControl? {
        guard var loading, loading.isRunning else { return nil }
        // The first call comes after the preview's first frame: the load starts now.
        loading.load.start()
        guard let outcome = loading.load.finished else {
            let percent = loading.load.progress.percent
            guard percent != state.loading?.percent else { return nil }
            state.loading?.percent = percent
            return .continue
        }
        switch outcome {
        case .failure(let failure):
            loading.failure = failure
            self.loading = loading
            return .quit
        case .success(let loaded):
            var full = loaded.state
            full.continueFrom(preview: state)
            let document = loaded.document
            if !loading.opening.readOnly { document.takeLock(force: loading.opening.force) }
            host = DocumentHost(document: document, environment: host.environment)
            CockpitLauncher.prepareEditing(&full, document)
            state = full
            if case .question? = state.overlay, !loading.typeAhead.events.isEmpty {
                loading.waitingForAnswer = true
                self.loading = loading
                return .continue
            }
            self.loading = nil
            return replay(loading.typeAhead.take())
        }
    }

    /// Handles the events typed ahead, in order, as if typed now.
    private mutating func replay(_ events: [InputEvent]) -> AppControl {
        for event in events where carryOut(state.handle(event)) == .quit { return .quit }
        return .continue
    }
}
