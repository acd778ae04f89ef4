import KamDemo
import Testing
@testable import KamModel

/// The fast workspace writer on the demo portfolio (this target has the demo generator;
/// the model's own tests cover unknown members and edge cases).
@Suite struct DemoEncodingTests {
    @Test("the demo portfolio is written byte for byte as the reference writer writes it, in one part or several")
    func demoEqualsReference() {
        let workspace = DemoPortfolio.generate(accounts: 600, quarters: 8, seed: 1,
                                               lastQuarter: Quarter(year: 2026, quarter: 3))
        let reference = WorkspaceFile.encodeReference(workspace)
        #expect(WorkspaceFile.encode(workspace) == reference)
        #expect(FastWorkspaceWriter.write(workspace, parts: 1) == reference)
        #expect(FastWorkspaceWriter.write(workspace, parts: 3) == reference)
    }
}
