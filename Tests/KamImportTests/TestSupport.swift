import Foundation
@testable import KamImport

/// Paths and helpers shared by the import tests.
enum TestSupport {
    /// `../shared/data/superstore.csv` relative to the package root.
    static let superstorePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/superstore.csv").path

    /// Imports CSV text with the given options.
    static func read(_ text: String, _ options: ImportOptions = ImportOptions()) throws -> ImportedOrders {
        try OrderLineImport.read(text: text, options: options)
    }
}

extension ImportedOrders {
    /// The imported account with `id`, if any.
    func account(_ id: String) -> ImportedAccount? { accounts.first { $0.id == id } }
}
