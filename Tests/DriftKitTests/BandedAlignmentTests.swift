import Foundation
import Testing
@testable import DriftKit

/// Long documents are aligned in a band around anchors instead of exhaustively. On the
/// seeds (small enough for both) the band must find the same alignment — including on the
/// retranslation, where verbatim anchors are rare and anchors come from rare shared terms.
@Suite("Banded alignment")
struct BandedAlignmentTests {
    /// A seed text, segmented (`Fixtures.seed`).
    static func seed(_ name: String) throws -> Document { try Fixtures.seed(name) }

    func pairs(_ a: Alignment) -> Set<String> {
        Set(a.beads.map { "\($0.original)|\($0.copy)" })
    }

    @Test(arguments: ["001_1108ccf958a2eb64.txt", "002_b574043853d4dd9c.txt"])
    func bandAgreesWithExhaustiveSearch(copy: String) throws {
        let o = try Self.seed("000_38827089d7ed5e23.txt"), c = try Self.seed(copy)
        let full = Comparison.align(o, c)
        var opts = AlignOptions()
        opts.exhaustiveCells = 100      // force the band
        opts.bandHalfWidth = 8          // narrow, so the anchors must carry the path
        let banded = Comparison.align(o, c, options: opts)
        #expect(banded.notes.contains { $0.hasPrefix("banded search") })
        let same = pairs(full).intersection(pairs(banded)).count
        #expect(Double(same) >= Double(full.beads.count) * 0.95, "\(same) of \(full.beads.count) entries agree")
    }

    @Test func retranslationYieldsAnchorsFromRareTerms() throws {
        let o = try Self.seed("000_38827089d7ed5e23.txt"), c = try Self.seed("001_1108ccf958a2eb64.txt")
        let sp = Aligner.Space(o, c)
        let anchors = Aligner().findAnchors(sp, Array(o.sentences.indices), Array(c.sentences.indices))
        // Almost no sentence survives retranslation verbatim, yet the chain of anchors spans the text.
        #expect(anchors.count >= 20, "\(anchors.count) anchors")
        #expect(anchors.first!.0 < 10 && anchors.last!.0 > 60)
    }

    /// With the default half-width (40 sentences) the band around the anchors holds the whole
    /// exhaustive path on an article: forcing the banded search must not change a single entry.
    @Test(arguments: ["001_1108ccf958a2eb64.txt", "002_b574043853d4dd9c.txt"])
    func defaultBandIsExact(copy: String) throws {
        let o = try Self.seed("000_38827089d7ed5e23.txt"), c = try Self.seed(copy)
        let full = Comparison.align(o, c)
        var opts = AlignOptions()
        opts.exhaustiveCells = 100      // force the band, default width
        let banded = Comparison.align(o, c, options: opts)
        #expect(banded.notes.contains { $0.hasPrefix("banded search") })
        #expect(pairs(banded) == pairs(full), "entries differ: \(pairs(full).symmetricDifference(pairs(banded)).sorted().prefix(6))")
    }
}
