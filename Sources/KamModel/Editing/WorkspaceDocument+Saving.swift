extension WorkspaceDocument {
    /// Saves to the document's file unless it changed on disk since it was loaded or last
    /// saved; then returns the conflict and leaves the file as it is.
    ///
    /// The caller then chooses `reload()` (dropping the edits), `save(force: true)` to
    /// overwrite, or `save(as:)`. The save itself is `WorkspaceFile.save` (atomic, with
    /// `FILE.bak`); when it throws, the old file is intact and the edits stay in memory,
    /// unsaved and journalled. `cancelled` is asked between the save's steps: when it
    /// returns true (an ending signal) the save stops with `SaveCancelled` before the file
    /// is replaced, leaving no temporary file.
    ///
    /// When the file's status cannot prove it unchanged (as after a save of its own: its
    /// times are too recent to be trusted), its content is read and hashed beside the
    /// encoding and writing, and compared before the new file replaces it.
    @discardableResult
    public func save(force: Bool = false, cancelled: () -> Bool = { false }) throws -> SaveResult {
        guard access == .editing else { throw EditError.readOnly(readOnlyReason) }
        guard !force else {
            try write(to: path, cancelled: cancelled)
            return .saved
        }
        switch externalChangeByStatus() {
        case .change(let change): return .conflict(change)
        case .unchanged:
            try write(to: path, cancelled: cancelled)
            return .saved
        case .contentToCompare(let loaded):
            let (path, fileSystem) = (self.path, environment.fileSystem)
            let current = Pending { Result { try FileIdentity.current(path, fileSystem: fileSystem) } }
            do {
                try write(to: path, cancelled: cancelled, beforeReplacing: {
                    if let change = Self.change(loaded: loaded, current: current.wait(), path: path) {
                        throw ChangedOnDisk(change: change)
                    }
                })
            } catch let changed as ChangedOnDisk {
                return .conflict(changed.change)
            } catch {
                _ = current.wait()  // the file is not read any more once the save has ended
                throw error
            }
            return .saved
        }
    }

    /// The file changed on disk while a save compared it: the save stops before replacing it.
    private struct ChangedOnDisk: Error {
        let change: ExternalChange
    }

    /// Saves to another file (`:w FILE`) and makes it the document's file, moving the lock.
    ///
    /// Refuses (returns a conflict) when a file exists there unless `force`, or when
    /// another session holds that file's lock. `cancelled` as for `save(force:cancelled:)`.
    @discardableResult
    public func save(as newPath: String, force: Bool = false, cancelled: () -> Bool = { false }) throws -> SaveResult {
        guard access == .editing else { throw EditError.readOnly(readOnlyReason) }
        guard newPath != path else { return try save(force: force, cancelled: cancelled) }
        if !force, (try? environment.fileSystem.permissions(of: newPath)) ?? nil != nil {
            return .conflict(.exists(newPath))
        }
        switch WorkspaceLock.acquire(newPath, as: environment.owner, force: false, isRunning: environment.isRunning) {
        case .acquired, .tookOver: break
        case .held(let owner, _): return .conflict(.locked(newPath, by: owner))
        case .unreadable(let reason), .failed(let reason): throw EditError.readOnly(reason)
        }
        do {
            try write(to: newPath, cancelled: cancelled)
        } catch {
            WorkspaceLock.release(newPath, as: environment.owner)
            throw error
        }
        WorkspaceLock.release(path, as: environment.owner)
        path = newPath
        return .saved
    }

    /// How the file on disk differs from what was loaded or last saved, or nil when its
    /// content is the same (a touch or an identical rewrite is not a change).
    ///
    /// Cheap when nothing happened: the file's status (size, times to the nanosecond,
    /// device, inode) equal to the recorded one means unchanged (`FileIdentity.unchanged`).
    /// Only otherwise is the file read and hashed; when its content is still the same, the
    /// fresh identity is recorded so that the next check is cheap again.
    public func externalChange() -> ExternalChange? {
        switch externalChangeByStatus() {
        case .change(let change): return change
        case .unchanged: return nil
        case .contentToCompare(let loaded):
            let current = Result { try FileIdentity.current(path, fileSystem: environment.fileSystem) }
            if let change = Self.change(loaded: loaded, current: current, path: path) { return change }
            if case .success(let identity) = current { self.identity = identity }
            return nil
        }
    }

    /// What the file's status alone says about a change since it was loaded or saved.
    private enum StatusCheck {
        case change(ExternalChange)
        case unchanged
        /// The status cannot tell: the content must be compared with `loaded`.
        case contentToCompare(FileIdentity)
    }

    private func externalChangeByStatus() -> StatusCheck {
        guard let loaded = identity else {
            // A new document: only a file created there since is a conflict.
            return ((try? environment.fileSystem.permissions(of: path)) ?? nil) == nil ? .unchanged : .change(.exists(path))
        }
        if let now = FileStatus.of(path), loaded.unchanged(since: now) { return .unchanged }
        return .contentToCompare(loaded)
    }

    /// The change between the content `loaded` and the file's `current` identity (a file
    /// that cannot be read is deleted), nil when it holds the same bytes.
    private static func change(loaded: FileIdentity, current: Result<FileIdentity, any Error>, path: String) -> ExternalChange? {
        guard case .success(let now) = current else { return .deleted(path) }
        return now.sameContent(as: loaded) ? nil : .changed(path, loaded: loaded, now: now)
    }

    /// Loads the file again, dropping every unsaved edit and the undo history (the UI
    /// confirms first); the journal is deleted.
    public func reload() throws {
        let loaded = try WorkspaceFile.read(path: path, fileSystem: environment.fileSystem)
        history.reset(to: loaded.workspace)
        identity = loaded.identity
        accountSource = loaded.accountSpans.flatMap {
            AccountSource(path: path, accounts: loaded.workspace.accounts, spans: $0)
        }
        if access == .editing { removeJournal() }
    }

    /// Saves the workspace to `target` (copying unchanged accounts from the file opened, if
    /// any); on success records the new identity (from what the save wrote: nothing is
    /// encoded or read twice), marks the history saved and deletes the journal. `cancelled` can stop the save before the file is replaced.
    private func write(to target: String, cancelled: () -> Bool, beforeReplacing: () throws -> Void = {}) throws {
        let workspace = history.workspace
        // The new file is written past the page cache: copying from it would read the disk,
        // which on this VM cost more than encoding again. The next save encodes, so the save
        // asks for no account spans.
        let saved = try WorkspaceFile.save(workspace, to: target, fileSystem: environment.fileSystem,
                                           source: accountSource, verification: environment.saveVerification,
                                           cancelled: cancelled, beforeReplacing: beforeReplacing)
        accountSource = nil
        identity = saved.identity
        history.markSaved()
        removeJournal()
    }
}

/// The outcome of a save that did not fail.
public enum SaveResult: Sendable, Equatable {
    case saved
    /// Nothing was written: the file changed on disk, or the target is taken.
    case conflict(ExternalChange)
}

/// What stands in the way of saving: the file on disk is not the one the edits were made on.
public enum ExternalChange: Sendable, Equatable, CustomStringConvertible {
    /// The file's content changed (another session, a git pull).
    case changed(String, loaded: FileIdentity, now: FileIdentity)
    /// The file was deleted or cannot be read.
    case deleted(String)
    /// `save(as:)` to a file that already exists.
    case exists(String)
    /// `save(as:)` to a file another session has open.
    case locked(String, by: LockOwner)

    public var description: String {
        switch self {
        case .changed(let path, let loaded, let now):
            return "\(path) was changed on disk since it was loaded (modified \(ClockText.short(now.modifiedSeconds)), "
                + "\(loaded.size) → \(now.size) bytes)"
        case .deleted(let path):
            return "\(path) was deleted or cannot be read since it was loaded"
        case .exists(let path):
            return "\(path) already exists"
        case .locked(let path, let owner):
            return "\(path) is in use by \(owner)"
        }
    }
}
