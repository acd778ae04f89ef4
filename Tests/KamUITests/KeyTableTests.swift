import Testing
@testable import KamUI

@Suite("Command table and key map")
struct KeyTableTests {
    let table = CommandTable.standard

    @Test("every command is found by its long name and its aliases where it applies")
    func reachableByName() {
        for command in table.commands {
            #expect(table.command(named: command.name) == command)
            for scope in command.scopes.isEmpty ? [""] : command.scopes {
                for alias in command.aliases {
                    #expect(table.command(named: alias, preferring: [scope]) == command, "\(alias) in \(scope)")
                }
            }
        }
        #expect(Set(table.commands.map(\.name)).count == table.commands.count, "long names are unique")
    }

    @Test("no key runs two commands on the same screen or overlay")
    func noKeyBoundTwice() {
        let scopes = table.scopes + ScreenRegistry.standard.map(\.name)
        for scope in Set(scopes) {
            var seen: [Key: String] = [:]
            for command in table.commands where command.applies(in: scope) {
                for key in command.keys {
                    #expect(seen[key] == nil, "\(KeyName.name(of: key)) runs \(seen[key] ?? "") and \(command.name) in \(scope)")
                    seen[key] = command.name
                }
            }
        }
    }

    @Test("the keys the brief asks for run the expected commands")
    func defaultKeys() {
        let map = KeyMap()
        let expected: [(Key, String, String)] = [
            (.character("j"), "accounts", "cursor-down"), (.down, "accounts", "cursor-down"),
            (.character("k"), "accounts", "cursor-up"), (.control("d"), "accounts", "half-page-down"),
            (.control("u"), "accounts", "half-page-up"), (.character("g"), "accounts", "top"),
            (.character("G"), "accounts", "bottom"), (.home, "accounts", "top"), (.end, "accounts", "bottom"),
            (.pageDown, "accounts", "page-down"), (.enter, "accounts", "open-account"),
            (.escape, "account", "back"), (.character("q"), "account", "back-or-quit"),
            (.character("?"), "accounts", "help"), (.character("/"), "accounts", "search"),
            (.character(":"), "account", "command-line"), (.character("1"), "account", "screen-1"),
            (.tab, "account", "focus-next-pane"), (.character("["), "accounts", "previous-quarter"),
            (.character("]"), "accounts", "next-quarter"), (.character("s"), "accounts", "sort-by-column"),
            (.character("S"), "accounts", "reverse-sort"), (.character("n"), "accounts", "search-next"),
        ]
        for (key, scope, name) in expected {
            #expect(map.command(for: key, in: scope)?.name == name, "\(KeyName.name(of: key)) in \(scope)")
        }
        #expect(map.command(for: .character("s"), in: "account") == nil, "sorting does not apply on the account page")
    }

    @Test("key names parse and print back")
    func keyNames() {
        #expect(KeyName.key(named: "ctrl-n") == .control("n"))
        #expect(KeyName.key(named: "C-d") == .control("d"))
        #expect(KeyName.key(named: "Enter") == .enter)
        #expect(KeyName.key(named: "pgdn") == .pageDown)
        #expect(KeyName.key(named: "f5") == .function(5))
        #expect(KeyName.key(named: "J") == .character("J"))
        #expect(KeyName.key(named: "space") == .character(" "))
        #expect(KeyName.key(named: "ctrl-") == nil)
        #expect(KeyName.key(named: "alt-x") == nil)
        #expect(KeyName.key(named: "f99") == nil)
        for key: Key in [.control("x"), .enter, .escape, .tab, .backTab, .pageDown, .pageUp, .function(12), .character("q"), .character(" ")] {
            #expect(KeyName.key(named: KeyName.name(of: key)) == key)
        }
    }

    @Test("a key map file rebinds and unbinds keys")
    func keyMapFile() throws {
        let file = try KeyMapFile.parse(#"{"bind": {"ctrl-n": "cursor-down", "J": "page-down"}, "unbind": ["g"]}"#)
        let map = KeyMap(file: file)
        #expect(map.command(for: .control("n"), in: "accounts")?.name == "cursor-down")
        #expect(map.command(for: .character("J"), in: "accounts")?.name == "page-down")
        #expect(map.command(for: .character("g"), in: "accounts") == nil)
        #expect(map.command(for: .home, in: "accounts")?.name == "top", "other keys of the command stay")
        let down = try #require(table.command(named: "cursor-down"))
        #expect(map.keys(for: down, in: "accounts") == [.control("n"), .down, .character("j")])
    }

    @Test("a rebound key drives the app")
    func reboundKeyInApp() throws {
        let file = try KeyMapFile.parse(#"{"bind": {"ctrl-n": "cursor-down"}}"#)
        var state = try AppFixture.state(keyMap: KeyMap(file: file))
        _ = state.handle(.key(.control("n")))
        #expect(try AppFixture.list(state).scroll.selected == 1)
    }

    @Test("key map file errors say where and what", arguments: [
        (#"{"bind": {"ctrl-": "cursor-down"}}"#, #"keys.json: bind."ctrl-": not a key name"#),
        (#"{"bind": {"x": "fly"}}"#, #"keys.json: bind."x": no command named "fly""#),
        (#"{"bind": {"x": 3}}"#, #"keys.json: bind."x": expected a command's long name in quotes"#),
        (#"{"unbind": ["nope"]}"#, "keys.json: unbind[0]: not a key name"),
        (#"{"keys": {}}"#, #"keys.json: "keys": unknown field (expected bind or unbind)"#),
        (#"{"bind": "#, "keys.json: line 1, column 10: unexpected end of text"),
        ("[]", "keys.json: expected an object with bind and unbind"),
    ])
    func keyMapErrors(text: String, message: String) {
        #expect(throws: KeyMapFile.LoadError(message: message)) { try KeyMapFile.parse(text) }
    }

    @Test("key strings parse special keys in angle brackets")
    func keyStrings() throws {
        #expect(try KeyString.parse("jj<Enter><C-d>/a<lt>") ==
                [.character("j"), .character("j"), .enter, .control("d"), .character("/"), .character("a"), .character("<")])
        #expect(try KeyString.parse("<S-Tab><pgdn><Esc>") == [.backTab, .pageDown, .escape])
        #expect(throws: KeyString.ParseError.self) { try KeyString.parse("<Enter") }
        #expect(throws: KeyString.ParseError.self) { try KeyString.parse("<bogus>") }
    }

    @Test("view preferences survive encoding and decoding")
    func viewPreferences() throws {
        var prefs = ViewPreferences(theme: "light")
        prefs[screen: "accounts"] = ScreenPreferences(columns: ["name", "revenue"], sort: "revenue desc, name", group: "tier")
        let text = prefs.encoded()
        #expect(text == #"{"theme": "light", "screens": {"accounts": {"columns": ["name", "revenue"], "sort": "revenue desc, name", "group": "tier"}}}"#)
        #expect(try ViewPreferences.decode(text) == prefs)
        #expect(throws: ViewPreferences.DecodeError.self) { try ViewPreferences.decode("{") }
    }
}
