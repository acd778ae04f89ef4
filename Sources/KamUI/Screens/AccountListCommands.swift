/// How the account list answers its commands: moving, sorting, filtering, grouping,
/// choosing columns, searching and opening an account.
extension AccountListScreen {
    public mutating func perform(_ command: Command, argument: String?,
                                 context: inout ScreenContext) -> ScreenOutcome {
        let rows = content.lines.count
        let page = viewport(context.area)
        switch command.name {
        case "cursor-down": scroll.move(by: 1, rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "cursor-up": scroll.move(by: -1, rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "page-down": scroll.pageDown(rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "page-up": scroll.pageUp(rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "half-page-down": scroll.move(by: max(1, page / 2), rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "half-page-up": scroll.move(by: -max(1, page / 2), rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "top": scroll.home(rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "bottom": scroll.end(rowCount: rows, viewport: page, isSelectable: isSelectable)
        case "cursor-left": columnCursor = max(0, columnCursor - 1)
        case "cursor-right": columnCursor = min(max(0, columns.count - 1), columnCursor + 1)
        case "open-account":
            guard let row = selectedAccount else { return .error("no account under the cursor") }
            do { return .push(try AccountPageScreen.entry.open(context, row.id)) } catch { return .error(error.message) }
        case "sort-by-column": return sortCommand(argument, &context)
        case "reverse-sort":
            guard !sort.keys.isEmpty else { return .error("not sorted; s sorts by the column under the cursor") }
            sort.keys[0].descending.toggle()
            return changed(&context, "sorted by \(sort.text)")
        case "filter":
            do { filter = try AccountFilter(argument ?? "") } catch { return .error(error.message) }
            rebuild(context)
            return .message(filter.isEmpty ? "showing every account"
                            : "\(content.accountPositions.count) of \(context.measures.rows.count) accounts match")
        case "clear-filter":
            filter = AccountFilter()
            rebuild(context)
            return .message("showing every account")
        case "group-by":
            if let argument {
                guard let chosen = AccountGrouping(rawValue: argument.lowercased()) else {
                    let names = AccountGrouping.allCases.map(\.rawValue).joined(separator: ", ")
                    return .error("group: no grouping \(argument) (\(names))")
                }
                grouping = chosen
            } else {
                grouping = grouping.next
            }
            return changed(&context, grouping == .none ? "not grouped" : "grouped by \(grouping.rawValue)")
        case "choose-columns": return columnsCommand(argument, &context)
        case "search":
            guard let argument, !argument.isEmpty else { return .error("search: type some text after /") }
            searchText = argument
            return search(forward: true, context)
        case "search-next", "search-previous":
            guard searchText != nil else { return .error("no search yet; / searches") }
            return search(forward: command.name == "search-next", context)
        default:
            return .unhandled
        }
        return .handled
    }

    /// Rebuilds after a change of sort, grouping or columns and remembers it.
    mutating func changed(_ context: inout ScreenContext, _ message: String) -> ScreenOutcome {
        rebuild(context)
        remember(&context)
        return .message(message)
    }

    /// `s`: the column under the cursor becomes the main sort (ascending or descending by
    /// its kind); again reverses it, a third time removes it. `:sort SPEC` sets the order.
    mutating func sortCommand(_ argument: String?, _ context: inout ScreenContext) -> ScreenOutcome {
        if let argument {
            do { sort = try AccountSort(parsing: argument) } catch { return .error(error.message) }
            return changed(&context, sort.keys.isEmpty ? "not sorted" : "sorted by \(sort.text)")
        }
        guard columns.indices.contains(columnCursor), let column = AccountColumn.named(columns[columnCursor]) else {
            return .error("no column under the cursor")
        }
        let natural = column.isNumeric
        if let first = sort.keys.first, first.column == column.id {
            if first.descending == natural {
                sort.keys[0].descending.toggle()
            } else {
                sort.keys.removeFirst()
            }
        } else {
            sort.keys.removeAll { $0.column == column.id }
            sort.keys.insert(AccountSort.Key(column: column.id, descending: natural), at: 0)
            sort.keys = Array(sort.keys.prefix(3))
        }
        return changed(&context, sort.keys.isEmpty ? "not sorted" : "sorted by \(sort.text)")
    }

    /// `c` opens the column chooser; `:columns a,b,c` sets the columns.
    mutating func columnsCommand(_ argument: String?, _ context: inout ScreenContext) -> ScreenOutcome {
        guard let argument else {
            let shown = columns.compactMap(AccountColumn.named)
            let hidden = AccountColumn.all.filter { !columns.contains($0.id) }
            let items = shown.map { PickList.Item(id: $0.id, label: "\($0.id) (\($0.title))", checked: true) }
                + hidden.map { PickList.Item(id: $0.id, label: "\($0.id) (\($0.title))", checked: false) }
            return .pick(PickList(title: "Columns: Space shows/hides, J/K move, Enter applies", items: items,
                                  isMultiple: true, command: "choose-columns", scope: OverlayScope.columns))
        }
        var chosen: [String] = []
        for part in argument.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let id = part.lowercased()
            guard AccountColumn.named(id) != nil else {
                let names = AccountColumn.all.map(\.id).joined(separator: ", ")
                return .error("columns: no column named \(id) (columns: \(names))")
            }
            if !chosen.contains(id) { chosen.append(id) }
        }
        guard !chosen.isEmpty else { return .error("columns: name at least one column") }
        columns = chosen
        columnCursor = min(columnCursor, chosen.count - 1)
        return changed(&context, "columns: \(chosen.joined(separator: ", "))")
    }

    /// Moves to the next (or previous) account whose name contains the search text.
    mutating func search(forward: Bool, _ context: ScreenContext) -> ScreenOutcome {
        guard let text = searchText?.lowercased() else { return .handled }
        let positions = content.accountPositions
        guard !positions.isEmpty else { return .error("no accounts shown") }
        let current = positions.firstIndex(of: scroll.selected) ?? 0
        for step in 1...positions.count {
            let i = ((current + (forward ? step : -step)) % positions.count + positions.count) % positions.count
            guard let row = content.lines[positions[i]].account, row.name.lowercased().contains(text) else { continue }
            scroll.select(positions[i], rowCount: content.lines.count, viewport: viewport(context.area),
                          isSelectable: isSelectable)
            let wrapped = forward ? i <= current : i >= current
            return wrapped ? .message("search wrapped: \(row.name)") : .handled
        }
        return .error("no account name contains \(searchText ?? "")")
    }
}
