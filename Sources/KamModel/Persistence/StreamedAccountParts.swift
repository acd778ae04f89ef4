/// The accounts array of a file read in windows, in parts on all cores: the streamed
/// counterpart of `readAccountsInParts`, with the same cuts and the same checks.
extension StreamedWorkspaceDecoder {
    /// The accounts of all parts in order, their spans, the last part's window and the
    /// offset after the array's `]`.
    struct AccountsRead {
        var accounts: [Account]
        var spans: [AccountSpan]
        var window: FileWindow
        var end: Int
    }

    /// What one part read: its accounts and spans, and the offset after its last one (its
    /// end cut, or after the `]` for the last part).
    private struct PartRead: Sendable {
        var accounts = ChunkedList<Account>()
        var spans = ChunkedList<AccountSpan>()
        var end: Int
    }

    /// Reads the accounts from `start` (the first account's `{`, held by `first`, the
    /// window that read the header) to the array's `]`; nil when a part gives up.
    static func readAccounts(from start: Int, first: FileWindow, options: Options,
                             progress: LoadProgress?) throws -> AccountsRead? {
        let file = first.file
        var found = [start]
        if options.parts > 1, file.size - start >= options.splitBytes {
            for k in 1..<options.parts {
                let from = max(found[found.count - 1] + 1, start + (file.size - start) * k / options.parts)
                guard let cut = try nextAccountStart(in: file, from: from) else { break }
                found.append(cut)
            }
        }
        let cuts = found
        let alignment = options.alignment
        func limit(_ part: Int) -> Int {
            part + 1 < cuts.count ? (cuts[part + 1] + alignment - 1) / alignment * alignment : file.size
        }
        first.limit = limit(0)
        let windows = cuts.indices.map { part in
            part == 0 ? first : FileWindow(file: file, start: cuts[part], limit: limit(part), capacity: options.windowBytes,
                                           alignment: alignment, hashes: first.hashes)
        }
        let spans = options.recordSpans
        var parts = BothCores.map(cuts.count) { part in
            readPart(windows[part], from: cuts[part], to: part + 1 < cuts.count ? cuts[part + 1] : nil,
                     recordSpans: spans, progress: progress)
        }
        guard parts.allSatisfy({ $0 != nil }), let end = parts.last??.end else { return nil }
        // The windows are freed before the join, the last one keeping the bytes after the
        // accounts (the members read after them).
        for window in windows.dropLast() { window.release(keepingFrom: window.end) }
        windows[windows.count - 1].release(keepingFrom: end)
        // Join the parts, freeing each chunk as it is copied.
        var accountLists: [ChunkedList<Account>] = []
        var spanLists: [ChunkedList<AccountSpan>] = []
        for index in parts.indices {
            guard let part = parts[index] else { return nil }
            parts[index] = nil
            accountLists.append(part.accounts)
            spanLists.append(part.spans)
        }
        return AccountsRead(accounts: ChunkedList.joined(&accountLists), spans: ChunkedList.joined(&spanLists),
                            window: windows[windows.count - 1], end: end)
    }

    /// The offset of the `{` of the first line at or after `from` that is `    {` alone, as
    /// `nextAccountStart` finds it in memory; read in small pieces.
    static func nextAccountStart(in file: any FilePieces, from: Int) throws -> Int? {
        let chunk = 64 << 10
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 64)
        defer { buffer.deallocate() }
        let bytes = UnsafePointer(buffer.assumingMemoryBound(to: UInt8.self))
        var offset = from
        while offset + 6 < file.size {
            let wanted = min(chunk, file.size - offset)
            guard try file.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: wanted), at: offset) == wanted else {
                throw FileWindowError.shortRead
            }
            var i = 0
            while i + 6 < wanted {
                if AccountLine.follows(i, in: bytes) { return offset + i + 5 }
                i += 1
            }
            // The last six positions are looked at again with the bytes after them.
            offset += wanted - 6
        }
        return nil
    }

    /// The accounts from `start` up to the cut `end` (which must follow a whole account and
    /// its comma exactly), or to the array's `]` when `end` is nil, read through `window`.
    /// Nil when the part does not fit those bounds, gives up, or the file ends early.
    private static func readPart(_ window: FileWindow, from start: Int, to end: Int?, recordSpans: Bool,
                                 progress: LoadProgress?) -> PartRead? {
        let partEnd = end ?? window.file.size
        var read = PartRead(end: start)
        var next = start, reported = start
        // Shared texts are kept from window to window (each window gets its own scanner).
        var sharing = DecodingSharing()
        defer { progress?.addDecoded(next - reported) }
        do {
            if window.filled == 0 { try window.refill(keepingFrom: window.start) }
            while true {
                // Scan only up to the last account start held (or the part's end when held).
                let scanEnd: Int
                if window.end >= partEnd {
                    scanEnd = partEnd
                } else if let cut = lastAccountStart(in: window, after: next) {
                    scanEnd = cut
                } else {
                    try window.refill(keepingFrom: next)
                    continue
                }
                var scanner = JSONScanner(UnsafeRawBufferPointer(start: window.buffer, count: scanEnd - window.start))
                scanner.pos = next - window.start
                swap(&scanner.sharing, &sharing)
                while true {
                    let begin = scanner.pos
                    read.accounts.append(try scanner.readAccount())
                    if recordSpans {
                        read.spans.append(AccountSpan(offset: window.start + begin, bytes: window.buffer + begin,
                                                      length: scanner.pos - begin))
                    }
                    guard try scanner.next(close: UInt8(ascii: "]")) else {
                        // The array's end: only the last part may reach it.
                        guard end == nil else { return nil }
                        next = window.start + scanner.pos
                        read.end = next
                        return read
                    }
                    if scanner.pos == scanner.count { break }
                }
                swap(&scanner.sharing, &sharing)
                next = window.start + scanner.pos
                progress?.addDecoded(next - reported)
                reported = next
                if scanEnd == partEnd {
                    // A comma at the part's end: the next part starts here (the last part
                    // cannot end on a comma).
                    guard end != nil else { return nil }
                    read.end = next
                    return read
                }
                try window.refill(keepingFrom: next)
            }
        } catch {
            return nil
        }
    }

    /// The offset of the last account's `{` in `window` after `offset`, found on a line of
    /// its own (`AccountLine`); nil when there is none.
    private static func lastAccountStart(in window: FileWindow, after offset: Int) -> Int? {
        let bytes = UnsafePointer(window.buffer.assumingMemoryBound(to: UInt8.self))
        var i = window.filled - 7
        let lowest = offset - window.start
        while i >= 0, i + 5 > lowest {
            if AccountLine.follows(i, in: bytes) { return window.start + i + 5 }
            i -= 1
        }
        return nil
    }
}
