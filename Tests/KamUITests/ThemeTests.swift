import Foundation
import Testing
@testable import KamUI

@Suite struct ThemeTests {
    let themesFolder = packageRoot + "/themes"

    @Test(arguments: BuiltInThemes.names)
    func embeddedThemesEqualTheFilesInThemesFolder(name: String) throws {
        let file = try String(contentsOfFile: "\(themesFolder)/\(name).json", encoding: .utf8)
        #expect(BuiltInThemes.source(named: name) == file,
                "Sources/KamUI/Theme/BuiltInThemes.swift is out of date: copy themes/\(name).json into it")
    }

    @Test(arguments: BuiltInThemes.names)
    func shippedThemesParseAndGiveEveryRoleItsOwnEntry(name: String) throws {
        let theme = try ThemeLoader.read(path: "\(themesFolder)/\(name).json")
        #expect(theme.name == name)
        #expect(Set(theme.roles.keys) == Set(Role.allCases))
        #expect(Theme.builtIn(name) == theme)
    }

    @Test func everyThemeFileInTheFolderIsShipped() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(BuiltInThemes.names.map { "\($0).json" }))
    }

    @Test func monoUsesNoColourAndKeepsSelectionAndStatusesApart() {
        let mono = Theme.mono
        #expect(mono.isMonochrome)
        let colours = Role.allCases.flatMap { [mono.colors(for: $0).foreground, mono.colors(for: $0).background] }
        #expect(colours.allSatisfy { $0 == .terminalDefault })
        let distinct: [Role] = [.text, .selection, .good, .warning, .bad, .override]
        let looks = distinct.map { role -> [Bool] in
            let c = mono.colors(for: role)
            return [c.bold, c.underline, c.reverse]
        }
        #expect(Set(looks).count == distinct.count)
    }

    @Test func defaultThemeIsTheDarkOne() {
        #expect(Theme.default.name == "default")
        #expect(Theme.default.colors(for: .selection) ==
                RoleColors(foreground: .named(0), background: .rgb(0x5F, 0xAF, 0xD7), bold: true))
    }

    @Test func aMissingRoleFallsBackToText() throws {
        let theme = try ThemeLoader.parse(#"{"roles": {"text": {"fg": "green"}}}"#, source: "t.json")
        #expect(theme.colors(for: .chart3) == RoleColors(foreground: .named(2)))
        #expect(theme.name == "custom")
    }

    @Test func coloursAreNamesIndexesOrHex() {
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "Red") == .named(1))
        #expect(ThemeColor(parsing: "brightwhite") == .named(15))
        #expect(ThemeColor(parsing: "grey") == .named(8))
        #expect(ThemeColor(parsing: "208") == .indexed(208))
        #expect(ThemeColor(parsing: "#5fAFd7") == .rgb(0x5F, 0xAF, 0xD7))
        for bad in ["256", "-1", "+12", "#12345", "#12345g", "#+12345", "orange", ""] {
            #expect(ThemeColor(parsing: bad) == nil, "\(bad) accepted")
        }
        #expect(ThemeColor.rgb(0x05, 0xAF, 0xD7).themeFileText == "#05afd7")
        #expect(ThemeColor.named(9).themeFileText == "brightred")
    }

    @Test func errorsNameTheFileTheKeyAndTheFix() {
        func error(_ json: String) -> String {
            do {
                _ = try ThemeLoader.parse(json, source: "themes/x.json")
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(error(##"{"roles": {"selection": {"fg": "#12345"}}}"##)
                == ##"themes/x.json: roles.selection.fg: "#12345" is not a colour (use a name, 0-255 or #rrggbb)"##)
        #expect(error(#"{"roles": {"text": {"bg": 300}}}"#)
                == "themes/x.json: roles.text.bg: 300 is not a colour (use a name, 0-255 or #rrggbb)")
        #expect(error(#"{"roles": {"selected": {}}}"#).hasPrefix("themes/x.json: roles.selected: unknown role (roles are text, muted,"))
        #expect(error(#"{"roles": {"text": {"colour": "red"}}}"#)
                == "themes/x.json: roles.text.colour: unknown key (use fg, bg, bold, underline, reverse)")
        #expect(error(#"{"roles": {"text": {"bold": "yes"}}}"#) == #"themes/x.json: roles.text.bold: "yes" is not true or false"#)
        #expect(error(#"{"name": "x"}"#) == "themes/x.json: roles: missing or not an object of role -> colours")
        #expect(error(#"{"name": "x", "roles": {}, "colours": 1}"#)
                == "themes/x.json: colours: unknown key (use name, description, monochrome, roles)")
        #expect(error(#"{"monochrome": true, "roles": {"text": {"fg": "red"}}}"#).hasPrefix(
            "themes/x.json: roles.text.fg: a monochrome theme uses no colours"))
        #expect(error(#"{"roles": {"text": {"fg": "red"}}"#).hasPrefix("themes/x.json: not valid JSON"))
        #expect(error("[1, 2]") == #"themes/x.json: expected an object with "name" and "roles""#)
    }
}

@Suite struct ThemeLoaderTests {
    /// A temporary folder with `files` (name -> JSON), removed by the caller.
    func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "kam-themes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test func listsFolderThemesAndBuiltInsWithEarlierFoldersWinning() throws {
        let user = try folder(["ocean.json": #"{"name": "ocean", "roles": {}}"#,
                               "default.json": #"{"name": "my default", "roles": {}}"#, "notes.txt": ""])
        let shipped = try folder(["ocean.json": #"{"name": "shipped ocean", "roles": {}}"#])
        defer { try? FileManager.default.removeItem(atPath: user); try? FileManager.default.removeItem(atPath: shipped) }
        let loader = ThemeLoader(folders: [user, shipped])
        #expect(loader.available() == [
            ThemeEntry(name: "default", path: "\(user)/default.json"),
            ThemeEntry(name: "high-contrast", path: nil),
            ThemeEntry(name: "light", path: nil),
            ThemeEntry(name: "mono", path: nil),
            ThemeEntry(name: "ocean", path: "\(user)/ocean.json"),
        ])
        #expect(try loader.load("ocean").name == "ocean")
        #expect(try loader.load("default").name == "my default")
        #expect(try loader.load("mono") == Theme.mono)
    }

    @Test func missingFoldersAreSkippedAndBuiltInsStillLoad() throws {
        let loader = ThemeLoader(folders: ["/nonexistent/kam/themes"])
        #expect(loader.available().map(\.name) == ["default", "high-contrast", "light", "mono"])
        #expect(try loader.load("light").name == "light")
    }

    @Test func loadsAPathAndNamesTheThemeAfterTheFile() throws {
        let dir = try folder(["sunset.json": #"{"roles": {"text": {"fg": 208}}}"#])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let theme = try ThemeLoader(folders: []).load("\(dir)/sunset.json")
        #expect(theme.name == "sunset")
        #expect(theme.colors(for: .text).foreground == .indexed(208))
    }

    @Test func unknownNamesAndUnreadableFilesSaySo() {
        #expect(throws: ThemeError(source: "nope", message: "no such theme (available: default, high-contrast, light, mono)")) {
            try ThemeLoader(folders: []).load("nope")
        }
        #expect(throws: ThemeError(source: "/nonexistent/x.json", message: "cannot read the file")) {
            try ThemeLoader(folders: []).load("/nonexistent/x.json")
        }
    }
}
