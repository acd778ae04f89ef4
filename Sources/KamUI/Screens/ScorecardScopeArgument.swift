import KamAnalytics
import KamModel

/// The kinds of scope the scorecard cycles through with `v`, in order.
enum ScorecardScopeKind: String, Sendable, CaseIterable {
    case portfolio, manager, segment, account

    /// The kind of `scope`.
    init(_ scope: ScorecardScope) {
        switch scope {
        case .portfolio: self = .portfolio
        case .manager: self = .manager
        case .segment: self = .segment
        case .account: self = .account
        }
    }

    /// The kind after this one, wrapping round.
    var next: ScorecardScopeKind {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

/// Reading and offering scorecard scopes as people type them: `:scope manager "Anna Keller"`,
/// `:scope segment Retail`, `:scope account:ACC-001`, `:scope portfolio`.
enum ScorecardScopeArgument {
    /// The scopes of `kind` in the workspace, in the order `n`/`N` and the pick list use:
    /// managers as the workspace lists them (then ids only accounts name), segments and
    /// accounts by name.
    static func members(_ kind: ScorecardScopeKind, in workspace: Workspace) -> [ScorecardScope] {
        switch kind {
        case .portfolio:
            return [.portfolio]
        case .manager:
            let listed = workspace.managers.map(\.id)
            let known = Set(listed)
            let others = Set(workspace.accounts.map(\.manager)).subtracting(known).sorted()
            return (listed + others).map(ScorecardScope.manager)
        case .segment:
            return workspace.segments.map(ScorecardScope.segment)
        case .account:
            return workspace.accounts
                .sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
                .map { .account($0.id) }
        }
    }

    /// What people type for `scope`: `manager "Anna Keller"`, `segment Retail`, `portfolio`.
    static func typed(_ scope: ScorecardScope, in workspace: Workspace) -> String {
        let kind = ScorecardScopeKind(scope).rawValue
        guard scope != .portfolio else { return kind }
        let name = scope.title(in: workspace)
        return kind + " " + (name.contains(" ") ? "\"\(name)\"" : name)
    }

    /// Every scope as typed, for Tab completion of `:scope`.
    static func completions(in workspace: Workspace) -> [String] {
        ScorecardScopeKind.allCases.flatMap { members($0, in: workspace).map { typed($0, in: workspace) } }
    }

    /// Why a typed scope could not be read.
    struct ParseError: Error, Equatable {
        var message: String
    }

    /// Reads `kind NAME`, `kind:ID`, `kind "Name with spaces"` or `portfolio`.
    ///
    /// NAME matches an id exactly, else a name ignoring case, else the one name that starts
    /// with it, else the one name that contains it.
    static func parse(_ text: String, in workspace: Workspace) throws(ParseError) -> ScorecardScope {
        let trimmed = text.trimmedSpaces
        let cut = trimmed.firstIndex { $0 == " " || $0 == ":" } ?? trimmed.endIndex
        let word = trimmed[..<cut].lowercased()
        var rest = cut < trimmed.endIndex ? String(trimmed[trimmed.index(after: cut)...]).trimmedSpaces : ""
        if rest.count >= 2, rest.first == "\"", rest.last == "\"" { rest = String(rest.dropFirst().dropLast()) }
        guard let kind = ScorecardScopeKind(rawValue: word) else {
            let kinds = ScorecardScopeKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ParseError(message: "scope: expected \(kinds), not \(word.isEmpty ? "nothing" : String(word))")
        }
        if kind == .portfolio { return .portfolio }
        guard !rest.isEmpty else {
            throw ParseError(message: "scope: name the \(kind.rawValue), such as :scope \(kind.rawValue) NAME (Tab completes)")
        }
        let candidates = members(kind, in: workspace)
        let needle = rest.lowercased()
        func id(_ scope: ScorecardScope) -> String { String(scope.description.drop { $0 != ":" }.dropFirst()) }
        func name(_ scope: ScorecardScope) -> String { scope.title(in: workspace).lowercased() }
        if let exact = candidates.first(where: { id($0) == rest }) { return exact }
        if let named = candidates.first(where: { name($0) == needle }) { return named }
        for test in [{ (s: ScorecardScope) in name(s).hasPrefix(needle) }, { name($0).contains(needle) }] {
            let found = candidates.filter(test)
            if found.count == 1 { return found[0] }
            if found.count > 1 {
                let names = found.prefix(4).map { $0.title(in: workspace) }.joined(separator: ", ")
                throw ParseError(message: "scope: \(rest) matches \(found.count) of the \(kind.rawValue)s (\(names)\(found.count > 4 ? ", ..." : ""))")
            }
        }
        throw ParseError(message: "scope: no \(kind.rawValue) named \(rest)")
    }
}
