import Testing
import DriftKit

/// `duplicate`: a passage a document repeats word for word. A copy that leaves out the
/// original's repeat has omitted nothing.
@Suite("DuplicateDetector")
struct DuplicateDetectorTests {
    /// A flooding story whose web page repeated a paragraph (a CMS fault).
    static let floods = """
    Flooding forced the evacuation of 400 homes in the Somerset Levels on Sunday. \
    The Environment Agency issued six severe flood warnings overnight.

    Residents were taken to a leisure centre in Bridgwater, where volunteers handed out blankets and hot food. \
    "We lost everything downstairs," said one resident, Margaret Cole.

    More rain is forecast for Tuesday.

    """
    static let repeated = """

    Residents were taken to a leisure centre in Bridgwater, where volunteers handed out blankets and hot food. \
    "We lost everything downstairs," said one resident, Margaret Cole.

    """

    @Test("a passage repeated in the original is a duplicate, not an omission, when the copy has it once")
    func repeatInOriginal() throws {
        let p = try ComparedPair(Self.floods + Self.repeated, Self.floods)
        #expect(p.findings(.omission).isEmpty, "\(p.listing)")
        let dup = p.findings(.duplicate)
        #expect(dup.count == 1, "\(p.listing)")
        let f = try #require(dup.first)
        #expect(f.originalContains("leisure centre in Bridgwater", "said one resident, Margaret Cole."))
        #expect(f.copy == nil)
        #expect(f.severity == .minor)
        #expect(f.rule == "duplicate.verbatim-repeat")
        // The first occurrence is given, and lies before the repeat.
        let first = try #require(f.occurrences.first)
        #expect(first.text == f.original?.text)
        #expect(first.end <= (f.original?.start ?? 0))
        #expect(p.findings.count == 1, "\(p.listing)")
    }

    @Test("a passage repeated in the copy is a duplicate, not an insertion")
    func repeatInCopy() throws {
        let p = try ComparedPair(Self.floods, Self.floods + Self.repeated)
        #expect(p.findings(.insertion).isEmpty, "\(p.listing)")
        let dup = p.findings(.duplicate)
        #expect(dup.count == 1, "\(p.listing)")
        #expect(dup.first?.copyContains("leisure centre in Bridgwater") == true)
        #expect(dup.first?.original == nil)
    }

    @Test("a document with a repeat checked against itself has no finding")
    func bothRepeat() throws {
        let p = try ComparedPair(Self.floods + Self.repeated, Self.floods + Self.repeated)
        #expect(p.findings.isEmpty, "\(p.listing)")
    }
}
