import Foundation
import Testing
@testable import KamModel

/// The fast loader's sharing of equal texts (`TextSharing`, `SharingTable`): equal texts
/// share one storage, different texts never do (not even with equal hashes), a table
/// overrun with misses still gives every text right, and a workspace loaded with sharing
/// equals the one the reference reader (which shares nothing) gives.
@Suite struct TextSharingTests {
    /// The address of `text`'s UTF-8 storage (for a text too long to be held inline, its
    /// heap object's; equal addresses mean one shared storage).
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    /// `text` shared through `sharing`, read from bytes of its own (not the `String`'s storage).
    static func shared(_ text: String, _ sharing: inout TextSharing) -> String {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { sharing.text($0) }
    }

    /// True when `text`, read three times through `sharing`, is the same text each time,
    /// and its second and third copies share storage (the first sighting is only noted).
    static func sharedFromTheSecond(_ text: String, _ sharing: inout TextSharing) -> Bool {
        let copies = (0..<3).map { _ in Self.shared(text, &sharing) }
        return copies.allSatisfy { $0 == text } && storage(copies[1]) == storage(copies[2])
    }

    @Test("equal texts read from different bytes share one storage; short ones are inline")
    func equalTextsShareStorage() {
        var sharing = TextSharing()
        #expect(Self.sharedFromTheSecond("Quarterly business review with the buyer", &sharing))
        // 16 bytes (the shortest shared) and 15 (inline: nothing to share, equal all the same).
        #expect(Self.sharedFromTheSecond("sixteen bytes ok", &sharing))
        #expect(Self.shared("fifteen bytes o", &sharing) == "fifteen bytes o")
        // Non-ASCII texts too, compared by their bytes.
        #expect(Self.sharedFromTheSecond("Réunion trimestrielle 🚀 avec l’équipe", &sharing))
        // Read once more later, still the kept one.
        let again = Self.shared("Quarterly business review with the buyer", &sharing)
        #expect(Self.storage(again) == Self.storage(Self.shared("Quarterly business review with the buyer", &sharing)))
    }

    @Test("texts that differ in one byte, or only in length, are never shared")
    func differentTextsAreNotShared() {
        var sharing = TextSharing()
        let base = "Call about the renewal of contract 0000"
        var texts: [String] = []
        for position in base.utf8.indices.map({ base.utf8.distance(from: base.utf8.startIndex, to: $0) }) {
            var bytes = Array(base.utf8)
            bytes[position] = bytes[position] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        texts += [base, base + " ", String(base.dropLast()), base + "\u{0}"]
        for _ in 0..<3 {
            for text in texts { #expect(Self.shared(text, &sharing) == text) }
        }
    }

    @Test("values with the same hash are handed out only when they match", arguments: [false, true])
    func equalHashesDoNotShareDifferentValues(notingFirst: Bool) {
        var table = SharingTable<String>(slotBits: 4, notingFirst: notingFirst)
        let texts = (0..<10).map { "a different text, number \($0)" }
        for _ in 0..<3 {
            for text in texts {
                for _ in 0..<2 {
                    let got = table.shared(hash: 42, matches: { $0 == text }, make: { text })
                    #expect(got == text)
                }
            }
        }
        // A kept value is found again under its hash (when noting first, from its second sighting).
        let kept = table.shared(hash: 7, matches: { _ in false }, make: { "kept under seven" })
        if notingFirst { _ = table.shared(hash: 7, matches: { _ in false }, make: { "kept under seven" }) }
        #expect(table.shared(hash: 7, matches: { $0 == kept }, make: { "made again" }) == "kept under seven")
        #expect(table.shared(hash: 8, matches: { _ in true }, make: { "not under seven" }) == "not under seven")
    }

    @Test("a table far too small, full of misses, still gives every text right, and shares some")
    func tableFullOfMissesStaysCorrect() {
        var sharing = TextSharing(slotBits: 2)
        // 50 texts in 4 slots, each read three times in a row, then all again the other way.
        let texts = (0..<200).flatMap { i in Array(repeating: "a text that recurs in accounts, no. \(i % 50)", count: 3) }
        var storages = Set<UnsafeRawPointer?>()
        for text in texts + texts.reversed() {
            let got = Self.shared(text, &sharing)
            #expect(got == text)
            storages.insert(Self.storage(got))
        }
        #expect(storages.count <= texts.count * 2 / 3, "repeats right after each other are shared")
    }

    @Test("the hash reads every byte: texts that differ anywhere hash differently here")
    func hashSeesEveryByte() {
        let base = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        var hashes = Set<UInt64>()
        for length in 16...base.count {
            for position in 0..<length {
                var bytes = Array(base[0..<length])
                bytes[position] = UInt8(ascii: "_")
                hashes.insert(bytes.withUnsafeBufferPointer { TextSharing.hash($0) })
            }
        }
        let expected = (16...base.count).reduce(0) { $0 + $1 }
        #expect(hashes.count == expected)
    }

    /// A workspace whose records repeat long texts, some with escapes, non-ASCII letters,
    /// 15 and 16 bytes long, and texts that differ only near their end.
    static let workspace: Workspace = {
        var workspace = Samples.withManyAccounts(copies: 30)
        let texts = ["Quarterly business review with the buyer", "fifteen bytes o", "sixteen bytes ok",
                     "said \"héllo\" \\ to Zoë 🚀 on the phone", "Line one\nline two\tand a tab, again",
                     "Réunion trimestrielle avec l’équipe", "Réunion trimestrielle avec l’équipf", ""]
        for (index, account) in workspace.accounts.enumerated() {
            var account = account
            account.notes = texts[index % texts.count]
            account.industry = texts[(index + 1) % texts.count]
            for k in account.activities.indices { account.activities[k].text = texts[(index + k) % texts.count] }
            for k in account.contacts.indices { account.contacts[k].title = texts[(index + k + 2) % texts.count] }
            for k in account.objectives.indices { account.objectives[k].title = texts[(index + k + 3) % texts.count] + "!" }
            for k in account.opportunities.indices { account.opportunities[k].name = texts[(index + k + 4) % texts.count] }
            workspace.accounts[index] = account
        }
        return workspace
    }()

    @Test("a workspace read with sharing, in memory and in windows, equals the reference reader's")
    func sharedLoadEqualsReference() throws {
        let bytes = WorkspaceFile.encode(Self.workspace)
        let reference = try #require(WorkspaceReader.readReference(bytes, fileName: "ws.json").workspace)
        #expect(reference == Self.workspace)
        for parts in [1, 2, 3] {
            let fast = bytes.withUnsafeBytes { FastWorkspaceDecoder.decode($0, parts: parts, splitBytes: 0) }
            #expect(fast == reference, "\(parts) parts in memory")
            let options = StreamedLoadTests.options(window: 4096, alignment: 512, parts: parts)
            let streamed = StreamedWorkspaceDecoder.decode(BytePieces(bytes), options: options)
            #expect(streamed?.workspace == reference, "\(parts) parts in windows")
        }
        FastLoaderTests.compare(bytes, "repeated texts")
    }

    @Test("texts loaded in windows share storage across windows and across accounts")
    func streamedLoadShares() throws {
        let bytes = WorkspaceFile.encode(Self.workspace)
        let options = StreamedLoadTests.options(window: 4096, alignment: 512, parts: 1)
        let loaded = try #require(StreamedWorkspaceDecoder.decode(BytePieces(bytes), options: options)).workspace
        var texts: [String] = []
        for account in loaded.accounts {
            texts += [account.notes, account.industry] + account.activities.map(\.text)
            texts += account.contacts.map(\.title) + account.objectives.map(\.title)
        }
        // Texts with escapes are decoded as before, each its own.
        let escaped = texts.filter { $0.contains(where: { "\"\\\n\t".contains($0) }) }
        texts.removeAll { $0.utf8.count <= TextSharing.inlineBytes || escaped.contains($0) }
        #expect(texts.count > 100)
        #expect(escaped.count > 10)
        // Each distinct text: its first copy (only noted) and the kept one, shared by the rest.
        #expect(Set(texts.map(Self.storage)).count <= 2 * Set(texts).count)
    }
}
