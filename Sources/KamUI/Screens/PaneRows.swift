/// The rows of a pane list, each made when it is asked for: a screen over 100,000 accounts
/// keeps what its rows are made from (positions, figures), not every row's formatted cells.
///
/// A collection of table rows by position, with the account each row stands for (nil for
/// group headers and other rows the cursor skips).
struct PaneRows: RandomAccessCollection, Sendable {
    let count: Int
    private let make: @Sendable (Int) -> TableRow
    private let accountAt: @Sendable (Int) -> String?

    /// `count` rows: `row(i)` makes row `i`, `account(i)` gives its account.
    init(count: Int, row: @escaping @Sendable (Int) -> TableRow, account: @escaping @Sendable (Int) -> String?) {
        self.count = count
        make = row
        accountAt = account
    }

    /// Rows already made, with their accounts (as many as rows).
    init(rows: [TableRow], accounts: [String?]) {
        self.init(count: rows.count, row: { rows[$0] }, account: { accounts[$0] })
    }

    /// Rows in sections, each a group header followed by its items: section `s` has
    /// `counts[s]` items, `header(s)` makes its header row, `item(s, k)` the row of its
    /// item `k` and `account(s, k)` that item's account.
    init(sections counts: [Int], header: @escaping @Sendable (Int) -> TableRow,
         item: @escaping @Sendable (Int, Int) -> TableRow, account: @escaping @Sendable (Int, Int) -> String?) {
        // The row of each section's header.
        var starts: [Int] = [], total = 0
        for n in counts {
            starts.append(total)
            total += 1 + n
        }
        let headers = starts
        /// The section of row `i`, and its item there (nil for the header).
        let locate = { @Sendable (i: Int) -> (section: Int, item: Int?) in
            var low = 0, high = headers.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if headers[mid] <= i { low = mid } else { high = mid - 1 }
            }
            return (low, i == headers[low] ? nil : i - headers[low] - 1)
        }
        self.init(count: total, row: { i in
            let (s, k) = locate(i)
            return k.map { item(s, $0) } ?? header(s)
        }, account: { i in
            let (s, k) = locate(i)
            return k.flatMap { account(s, $0) }
        })
    }

    /// No rows.
    init() { self.init(rows: [], accounts: []) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> TableRow { make(position) }

    /// The account of the row at `position`; nil when the cursor skips it or it is out of range.
    func account(at position: Int) -> String? { indices.contains(position) ? accountAt(position) : nil }
}
