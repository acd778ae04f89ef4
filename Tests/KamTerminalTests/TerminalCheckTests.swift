@testable import KamTerminal
import Testing

extension NcursesTests {
@Suite("Terminal checks")
struct TerminalCheckTests {
    let good = TerminalFacts(inputIsTerminal: true, outputIsTerminal: true, term: "xterm-256color", capability: .fullScreen)

    @Test("a real terminal with a full-screen TERM passes")
    func passes() {
        #expect(TerminalCheck.refusal(for: good) == nil)
    }

    @Test("standard output that is not a terminal is refused, pointing to report and render")
    func outputNotTerminal() throws {
        var facts = good
        facts.outputIsTerminal = false
        let refusal = try #require(TerminalCheck.refusal(for: facts))
        #expect(refusal.description.contains("standard output is not a terminal"))
        #expect(refusal.description.contains("kam report"))
        #expect(refusal.description.contains("kam render"))
    }

    @Test("standard input that is not a terminal is refused")
    func inputNotTerminal() throws {
        var facts = good
        facts.inputIsTerminal = false
        let refusal = try #require(TerminalCheck.refusal(for: facts))
        #expect(refusal.reason == "standard input is not a terminal")
    }

    @Test("TERM=dumb is refused because it cannot move the cursor")
    func dumbTerminal() throws {
        let facts = TerminalFacts(inputIsTerminal: true, outputIsTerminal: true, term: "dumb",
                                  capability: TerminalCheck.capability(of: "dumb"))
        #expect(facts.capability == .noCursorAddressing)
        let refusal = try #require(TerminalCheck.refusal(for: facts))
        #expect(refusal.description.contains("TERM=dumb cannot move the cursor"))
        #expect(refusal.description.contains("kam report"))
    }

    @Test("an unset TERM and an unknown TERM are refused")
    func unsetAndUnknown() throws {
        var facts = good
        facts.term = nil
        #expect(try #require(TerminalCheck.refusal(for: facts)).reason.contains("TERM is not set"))
        facts.term = "no-such-terminal-kam"
        facts.capability = TerminalCheck.capability(of: "no-such-terminal-kam")
        #expect(facts.capability == .unknown)
        #expect(try #require(TerminalCheck.refusal(for: facts)).reason.contains("not in the terminfo database"))
    }

    @Test("terminfo knows xterm-256color as a full-screen terminal")
    func knownTerminal() {
        #expect(TerminalCheck.capability(of: "xterm-256color") == .fullScreen)
    }

    @Test("UTF-8 codesets are recognised in their usual spellings")
    func utf8() {
        #expect(TerminalCheck.isUTF8(codeset: "UTF-8"))
        #expect(TerminalCheck.isUTF8(codeset: "utf8"))
        #expect(!TerminalCheck.isUTF8(codeset: "ANSI_X3.4-1968"))
        #expect(!TerminalCheck.isUTF8(codeset: "ISO-8859-1"))
    }
}
}
