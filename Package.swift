// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "kam",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kam", targets: ["kam"]),
        // Libraries for the benchmark package in Benchmarks/ (a separate package, so that
        // building and testing this one never builds the benchmark dependencies).
        .library(name: "KamModel", targets: ["KamModel"]),
        .library(name: "KamDemo", targets: ["KamDemo"]),
        .library(name: "KamAnalytics", targets: ["KamAnalytics"]),
        .library(name: "KamImport", targets: ["KamImport"]),
        .library(name: "KamUI", targets: ["KamUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The workspace model: types, JSON load/save, validation. Foundation only.
        .target(name: "KamModel"),
        // The generated demo portfolio.
        .target(name: "KamDemo", dependencies: ["KamModel"]),
        // Account measures, the balanced scorecard, the 80/20 view: pure functions.
        .target(name: "KamAnalytics", dependencies: ["KamModel"]),
        // Import of order lines from CSV.
        .target(name: "KamImport", dependencies: ["KamModel"]),
        // Reports in text, markdown, csv and json.
        .target(name: "KamReports", dependencies: ["KamModel", "KamAnalytics"]),
        // Screen buffer, widgets, themes, app state, key table, screens. No ncurses.
        .target(name: "KamUI", dependencies: ["KamModel", "KamAnalytics"]),
        // The C shim over wide-character ncurses.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The only module that talks to the terminal.
        .target(name: "KamTerminal", dependencies: ["KamUI", "CNcurses"]),
        // A small full-screen program to check the terminal backend by hand or in tmux.
        .executableTarget(name: "kam-terminal-check", dependencies: ["KamTerminal", "KamUI"]),
        .executableTarget(name: "kam", dependencies: [
            "KamModel", "KamDemo", "KamAnalytics", "KamImport", "KamReports", "KamUI", "KamTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "KamModelTests", dependencies: ["KamModel"]),
        .testTarget(name: "KamDemoTests", dependencies: ["KamDemo", "KamModel"]),
        .testTarget(name: "KamAnalyticsTests", dependencies: ["KamAnalytics", "KamModel", "KamDemo"]),
        .testTarget(name: "KamImportTests", dependencies: ["KamImport", "KamModel", "KamAnalytics"],
                    exclude: ["superstore_expected.py"]),
        .testTarget(name: "KamReportsTests", dependencies: ["KamReports", "KamAnalytics", "KamModel", "KamDemo"]),
        .testTarget(name: "KamUITests", dependencies: ["KamUI", "KamModel", "KamDemo", "KamAnalytics", "KamImport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "KamTerminalTests", dependencies: ["KamTerminal", "KamUI"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
        .testTarget(name: "KamHostTests", dependencies: ["kam", "KamModel", "KamUI", "KamDemo", "KamTerminal"]),
    ]
)
