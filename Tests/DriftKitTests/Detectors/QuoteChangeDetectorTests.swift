import Testing
import DriftKit

/// `quote-change`: words inside quotation marks altered in a copy that otherwise reproduces
/// the original (a repost). Quote characters themselves are typography.
@Suite("QuoteChangeDetector")
struct QuoteChangeDetectorTests {
    /// A local-politics story with two quotes in curly quotation marks.
    static let cleanAir = """
    The mayor of Bristol defended the new clean air zone on Monday. \
    “This is about the health of our children, not about raising money,” Marvin Rees told a packed council meeting. \
    Drivers of older diesel cars will pay £9 a day to enter the city centre. \
    Local businesses said the charge would drive customers away. \
    “We were never properly consulted,” said Sarah Hill, who runs a bakery on Park Street. \
    The zone comes into force in November.

    """

    @Test("a repost that alters a content word inside a quotation")
    func alteredQuotation() throws {
        let copy = Self.cleanAir.replacingOccurrences(of: "not about raising money", with: "not about raising taxes")
        let p = try ComparedPair(Self.cleanAir, copy)
        let qc = p.findings(.quoteChange)
        #expect(qc.count == 1, "\(p.listing)")
        let f = try #require(qc.first)
        #expect(f.from == "money")
        #expect(f.to == "taxes")
        #expect(f.copy?.text == "taxes")
        // The grade is the measured one of the rules table (docs/findings.md, "Rule measurements").
        #expect(f.severity == Rules.rule(f.rule)?.severity)
        #expect(f.rule == "quote-change.altered-quotation")
        #expect(p.findings.count == 1, "\(p.listing)")
    }

    @Test("a repost whose quotes differ only in quote characters has no finding")
    func straightQuotes() throws {
        let copy = Self.cleanAir.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        #expect(copy != Self.cleanAir)
        let p = try ComparedPair(Self.cleanAir, copy)
        #expect(p.findings.isEmpty, "\(p.listing)")
        #expect(p.report.summary.typographyOnly)
    }

    @Test("a repost using guillemets or single quotes instead has no quote change",
          arguments: [("«", "»"), ("‘", "’")])
    func otherQuoteCharacters(open: String, close: String) throws {
        let copy = Self.cleanAir.replacingOccurrences(of: "“", with: open).replacingOccurrences(of: "”", with: close)
        let p = try ComparedPair(Self.cleanAir, copy)
        #expect(p.findings(.quoteChange).isEmpty, "\(p.listing)")
    }

    @Test("a word cut from a quotation is a quote change")
    func wordRemovedFromQuotation() throws {
        let copy = Self.cleanAir.replacingOccurrences(of: "never properly consulted", with: "never consulted")
        let p = try ComparedPair(Self.cleanAir, copy)
        // Was a bug (fixed): QuoteChangeDetector reports a changed region only when the copy side of the
        // region has inserted words inside the quotation marks; a pure deletion inside a
        // quote has no inserted range, so “We were never properly consulted” → “We were never
        // consulted” — a harder claim put in the speaker's mouth — gives no finding at all.
        #expect(p.findings(.quoteChange).count == 1, "\(p.listing)")
    
    }

    @Test("a function word changed inside a quotation (“the health” → “a health”) is not an altered quotation")
    func functionWordInQuote() throws {
        let copy = Self.cleanAir.replacingOccurrences(of: "This is about the health of our children", with: "This is about a health of our children")
        #expect(copy != Self.cleanAir)
        let p = try ComparedPair(Self.cleanAir, copy)
        #expect(p.findings(.quoteChange).isEmpty, "\(p.listing)")
    }
}
