import Testing
import DriftKit

/// An "copy" that is another article altogether: the report says so once
/// (`CopyReport.unrelated`) instead of listing every sentence as an insertion.
@Suite("Unrelated copy")
struct UnrelatedCopyTests {
    /// A science story with nothing in common with the council story.
    static let frogs = """
    Scientists in Chile have discovered a new species of frog in the Atacama desert. \
    The tiny amphibian lives in a single hot spring at an altitude of 4,000 metres. \
    Researchers from the University of Concepción said the population numbers fewer than 200 animals. \
    Mining projects nearby could threaten the spring, they warned. \
    The team has asked the government to protect the site. \
    The findings were published in the journal Zootaxa.

    """

    @Test("an entirely different article is reported as unrelated, without a pile of insertions")
    func unrelated() throws {
        let p = try ComparedPair(OmissionDetectorTests.libraries, Self.frogs)
        let why = try #require(p.report.unrelated, "\(p.listing)")
        #expect(why.contains("trace to the original"))
        #expect(p.findings(.insertion).isEmpty, "\(p.listing)")
        #expect(p.findings(.omission).isEmpty, "\(p.listing)")
        #expect(p.findings.isEmpty, "\(p.listing)")
    }

    @Test("a real copy with added sentences is not unrelated")
    func relatedCopy() throws {
        let copy = OmissionDetectorTests.libraries + "\nThis is a disgrace. Shame on the council. Libraries matter.\n"
        let p = try ComparedPair(OmissionDetectorTests.libraries, copy)
        #expect(p.report.unrelated == nil)
        #expect(p.findings(.insertion).count == 1, "\(p.listing)")
    }
}
