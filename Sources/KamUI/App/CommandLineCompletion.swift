/// Tab completion on the `:` command line: command long names first, then their arguments
/// (`:sort rev` → `:sort revenue`, `:group ma` → `:group manager`, `:theme l` → `:theme light`).
struct CommandLineCompletion {
    var table: CommandTable
    var scope: String
    var quarters: [String]
    var themes: [String]
    var filterWords: (String) -> [String]
    var scopes: () -> [String]

    init(state: AppState) {
        table = state.keyMap.table
        scope = state.screen.name
        quarters = state.workspace.quarters.map(\.description).reversed()
        themes = state.themeNames
        let workspace = state.workspace
        filterWords = { AccountFilter.completions(for: $0, workspace: workspace) }
        scopes = { ScorecardScopeArgument.completions(in: workspace) }
    }

    /// Completes the word before the cursor; lists the candidates when there are several.
    func complete(_ prompt: inout Prompt) {
        guard prompt.kind == .command else { return }
        let chars = Array(prompt.line.text)
        let head = String(chars[..<min(prompt.line.cursor, chars.count)])
        let tail = String(chars[min(prompt.line.cursor, chars.count)...])
        let (stem, word, isCommandName) = split(head)
        let candidates = self.candidates(stem: stem, word: word, isCommandName: isCommandName)
        let matches = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        prompt.candidates = matches.count > 1 ? matches : []
        guard let first = matches.first else { return }
        var completed: String
        if matches.count == 1 {
            completed = first
            if isCommandName, table.command(named: first, preferring: [scope])?.argument != CommandArgument.none { completed += " " }
        } else {
            var common = first.lowercased()
            for match in matches.dropFirst() {
                common = String(zip(common, match.lowercased()).prefix { $0 == $1 }.map(\.0))
            }
            completed = String(first.prefix(common.count))
            if completed.count < word.count { return }
        }
        let newHead = stem + completed
        prompt.line = TextInput(newHead + tail, cursor: newHead.count)
    }

    /// The text before the word being completed, the word, and whether it is the command name.
    func split(_ head: String) -> (String, String, Bool) {
        guard let space = head.firstIndex(of: " ") else { return ("", head, true) }
        let name = String(head[..<space])
        let argumentText = head[head.index(after: space)...]
        // A scope is completed whole (`manager "Anna Keller"`), spaces and all.
        let argument = table.command(named: name, preferring: [scope])?.argument
        let separators: Set<Character> = argument == .columns ? [" ", ","] : argument == .scope ? [] : [" "]
        if let cut = argumentText.lastIndex(where: { separators.contains($0) }) {
            let stem = String(head[...cut])
            return (stem, String(head[head.index(after: cut)...]), false)
        }
        return (String(head[...space]), String(argumentText), false)
    }

    func candidates(stem: String, word: String, isCommandName: Bool) -> [String] {
        if isCommandName {
            return table.commands.filter { $0.applies(in: scope) }.flatMap { [$0.name] + $0.aliases }.sorted()
        }
        let name = String(stem.prefix { $0 != " " })
        guard let command = table.command(named: name, preferring: [scope]) else { return [] }
        switch command.argument {
        case .none: return []
        case .columns:
            let columns = AccountColumn.all.map(\.id)
            return command.name == "sort-by-column" ? columns + ["asc", "desc"] : columns
        case .choice(let words): return words
        case .quarter: return quarters
        case .theme: return themes
        case .text: return command.name == "filter" ? filterWords(word) : []
        case .scope: return scopes()
        }
    }
}
