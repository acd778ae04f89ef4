@testable import KamTerminal
import KamUI
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every test that calls ncurses, which keeps global state: they run one at a time.
@Suite("ncurses", .serialized)
struct NcursesTests {}

/// A theme with distinct colours for the roles the painting tests use.
let paintingTheme = Theme(name: "test", roles: [
    .text: RoleColors(),
    .selection: RoleColors(foreground: .named(0), background: .named(6)),
    .bad: RoleColors(foreground: .rgb(255, 0, 0)),
    .title: RoleColors(foreground: .indexed(214), bold: true),
])

/// A headless 80x24 screen in a UTF-8 locale.
func headlessScreen(width: Int = 80, height: Int = 24, unicode: Bool = true) throws -> CursesScreen {
    setlocale(LC_ALL, unicode ? "C.UTF-8" : "C")
    return try CursesScreen.headless(width: width, height: height, unicode: unicode)
}
