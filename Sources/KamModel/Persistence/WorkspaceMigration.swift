/// Brings a workspace document written by an older kam up to the current schema version.
///
/// Migration is a chain of steps on the JSON itself, one per version: step `n` turns a
/// version-`n` document into a version-`n+1` one. To add version 3, add a step for 2.
/// Unknown members are carried through untouched.
enum WorkspaceMigration {
    /// The oldest schema version kam can still read.
    static let oldestReadableVersion = 1

    /// Each step by the version it migrates from.
    static let steps: [Int: @Sendable (JSONObject) -> JSONObject] = [
        1: migrateVersion1,
    ]

    /// The document migrated from `version` to `Workspace.currentSchemaVersion`.
    static func migrate(_ document: JSONObject, from version: Int) -> JSONObject {
        var document = document
        var version = version
        while version < Workspace.currentSchemaVersion, let step = steps[version] {
            document = step(document)
            version += 1
            document["schemaVersion"] = .number(Double(version))
        }
        return document
    }

    /// Version 1 (kam 0.x): an account's `manager` held the manager's name and there was
    /// no `managers` list; a quarter's `costToServe` was one number.
    ///
    /// Managers are created in order of first appearance with ids slugged from their
    /// names (`Ana Lima` becomes `ana-lima`, a second `Ana Lima!` becomes `ana-lima-2`);
    /// a cost-to-serve number `n` becomes `{"other": n}`.
    static func migrateVersion1(_ document: JSONObject) -> JSONObject {
        var document = document
        var idsByName: [String: String] = [:]
        var usedIds = Set<String>()
        var managers: [JSONValue] = []
        guard case .array(var accounts)? = document["accounts"] else { return document }
        for index in accounts.indices {
            guard case .object(var account) = accounts[index] else { continue }
            if case .string(let name)? = account["manager"] {
                let id: String
                if let known = idsByName[name] {
                    id = known
                } else {
                    id = uniqueSlug(for: name, avoiding: &usedIds)
                    idsByName[name] = id
                    managers.append(.object(JSONObject([("id", .string(id)), ("name", .string(name))])))
                }
                account["manager"] = .string(id)
            }
            if case .object(var quarters)? = account["quarters"] {
                for q in quarters.members.indices {
                    guard case .object(var figures) = quarters.members[q].value,
                          case .number(let cost)? = figures["costToServe"] else { continue }
                    figures["costToServe"] = .object(JSONObject([("other", .number(cost))]))
                    quarters.members[q].value = .object(figures)
                }
                account["quarters"] = .object(quarters)
            }
            accounts[index] = .object(account)
        }
        document["accounts"] = .array(accounts)
        // Version 1 had no managers list: place it before the accounts, where v2 keeps it.
        document["managers"] = nil
        if let at = document.members.firstIndex(where: { $0.key == "accounts" }) {
            document.members.insert(("managers", .array(managers)), at: at)
        } else {
            document["managers"] = .array(managers)
        }
        return document
    }

    /// A lowercase ASCII slug of `name` (runs of other characters become one `-`), made
    /// unique with `-2`, `-3`...
    static func uniqueSlug(for name: String, avoiding used: inout Set<String>) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        if slug.isEmpty { slug = "manager" }
        var candidate = slug
        var n = 2
        while used.contains(candidate) {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
