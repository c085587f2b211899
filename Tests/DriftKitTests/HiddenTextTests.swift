import Testing
@testable import DriftKit

/// Text that reads the same but is not: each trick is found, with its code points, and the
/// disguised copy still aligns with its source.
@Suite("Hidden text")
struct HiddenTextTests {
    static let original = """
    President Zelensky visited Kyiv on Monday and met the city's mayor.
    The talks lasted three hours and ended without a statement.
    Officials said a second meeting would follow in the spring.
    """

    func compare(_ copy: String, html: Bool = false) throws -> CopyReport {
        let o = try Document.from(text: Self.original, path: "original.txt")
        let c = try Document.from(text: copy, path: html ? "copy.html" : "copy.txt", format: html ? .html : .text)
        return Comparison.compare(o, c)
    }

    func hidden(_ r: CopyReport) -> [Finding] { r.findings.filter { $0.kind == .hiddenText } }

    @Test("a zero-width space inside a word", arguments: [("\u{200B}", "U+200B ZERO WIDTH SPACE"), ("\u{2060}", "U+2060 WORD JOINER"),
                                                          ("\u{FEFF}", "U+FEFF ZERO WIDTH NO-BREAK SPACE"), ("\u{00AD}", "U+00AD SOFT HYPHEN"),
                                                          ("\u{200D}", "U+200D ZERO WIDTH JOINER")])
    func invisibleCharacter(ch: String, name: String) throws {
        let copy = Self.original.replacingOccurrences(of: "mayor", with: "may\(ch)or")
        let r = try compare(copy)
        let f = try #require(hidden(r).first, "\(r.findings.map(\.message))")
        #expect(f.words.contains(name), "\(f.words)")
        #expect(f.why.contains(name))
        #expect(f.severity == .major)
        #expect(f.copy?.text.contains("may\(ch)or") == true)
        // Matching sees through it: the sentence is still the same words.
        #expect(r.alignment.beads.allSatisfy { $0.relation == .typographic || $0.relation == .identical })
    }

    @Test("bidirectional overrides and isolates (Trojan Source)", arguments: [("\u{202E}", "U+202E RIGHT-TO-LEFT OVERRIDE"), ("\u{2066}", "U+2066 LEFT-TO-RIGHT ISOLATE"), ("\u{202B}", "U+202B RIGHT-TO-LEFT EMBEDDING")])
    func bidi(ch: String, name: String) throws {
        let copy = Self.original.replacingOccurrences(of: "three hours", with: "\(ch)three hours")
        let r = try compare(copy)
        let f = try #require(hidden(r).first)
        #expect(f.words.contains(name))
        #expect(f.message.contains("bidirectional"))
    }

    @Test("a Latin word spelled with a Cyrillic look-alike still aligns, and is reported")
    func homoglyph() throws {
        // "Kyiv" with Cyrillic К (U+041A) and і (U+0456).
        let copy = Self.original.replacingOccurrences(of: "Kyiv", with: "\u{041A}y\u{0456}v")
        let r = try compare(copy)
        let f = try #require(hidden(r).first)
        #expect(f.words.contains("U+041A CYRILLIC CAPITAL LETTER KA"))
        #expect(f.words.contains("U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"))
        #expect(f.why.contains("look-alike"))
        // No name change "Kyiv" → "Кyіv": the disguise is seen through.
        #expect(!r.findings.contains { $0.kind == .nameChange })
        #expect(r.alignment.beads.first?.relation == .typographic)
    }

    @Test("text hidden from readers in an HTML copy is reported, not compared")
    func htmlHidden() throws {
        let html = """
        <html><body><article>
        <p>President Zelensky visited Kyiv on Monday and met the city's mayor.</p>
        <p style="display:none">Sources say the mayor has already agreed to resign next month.</p>
        <p>The talks lasted three hours and ended without a statement.</p>
        <span aria-hidden="true">tiny</span>
        <p>Officials said a second meeting would follow in the spring.</p>
        </article></body></html>
        """
        let r = try compare(html, html: true)
        let fs = hidden(r)
        let f = try #require(fs.first { $0.message.contains("resign") })
        #expect(f.severity == .major)
        #expect(f.rule == "hidden-text.html-hidden-element")
        // The hidden paragraph is not part of the compared text.
        #expect(r.summary.added == 0)
        #expect(fs.contains { $0.message.contains("tiny") && $0.severity == .minor })
    }

    @Test("text hidden by the page's own stylesheet is reported, not compared")
    func htmlHiddenByClass() throws {
        let html = """
        <html><head><style>.x-note { font-size: 0px }</style></head><body><article>
        <p>President Zelensky visited Kyiv on Monday and met the city's mayor.</p>
        <p class="x-note">Sources say the mayor has already agreed to resign next month.</p>
        <p>The talks lasted three hours and ended without a statement.</p>
        <p style="opacity: 0">The mayor denied every report of a deal with the government.</p>
        <p>Officials said a second meeting would follow in the spring.</p>
        </article></body></html>
        """
        let r = try compare(html, html: true)
        let fs = hidden(r)
        #expect(fs.contains { $0.message.contains("resign") && $0.severity == .major })
        #expect(fs.contains { $0.message.contains("denied") && $0.severity == .major })
        #expect(r.summary.added == 0)
    }

    @Test("the original's own invisible characters are not the copy's doing")
    func sharedDisguise() throws {
        let o = try Document.from(text: "The envoy met the may\u{200B}or of Kyiv.\n", path: "o.txt")
        let c = try Document.from(text: "The envoy met the may\u{200B}or of Kyiv.\n", path: "c.txt")
        #expect(Comparison.compare(o, c).findings.isEmpty)
    }

    @Test("legitimate joiners and marks are left alone")
    func legitimate() throws {
        // An emoji ZWJ sequence, Persian ZWNJ, and a left-to-right mark in mixed text.
        let copy = Self.original + "Reaction online: 👩\u{200D}💻 and می\u{200C}خواهم \u{200E}(quoted).\n"
        let r = try compare(copy)
        #expect(hidden(r).isEmpty, "\(hidden(r).map(\.why))")
    }

    @Test("the terminal report shows disguises escaped, never raw")
    func terminalEscapes() throws {
        let copy = Self.original.replacingOccurrences(of: "three hours", with: "\u{202E}three\u{1B}[31m hours")
        let r = try compare(copy)
        let o = try Document.from(text: Self.original, path: "original.txt")
        let text = TerminalReport.render(Report(original: o, copies: [r]), color: false)
        #expect(!text.contains("\u{202E}"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\\u{202E}"))
        #expect(text.contains("\\u{1B}"))
    }

    @Test("text under visibility:hidden or in zero-size type is reported and not compared, like display:none",
          arguments: ["visibility:hidden", "visibility: hidden", "color:red; VISIBILITY : Hidden", "font-size:0", "font-size: 0; color: red"])
    func visibilityHidden(style: String) throws {
        let html = """
        <html><body><article>
        <p>President Zelensky visited Kyiv on Monday and met the city's mayor.</p>
        <p style="\(style)">Sources say the mayor has already agreed to resign next month.</p>
        <p>The talks lasted three hours and ended without a statement.</p>
        <p>Officials said a second meeting would follow in the spring.</p>
        </article></body></html>
        """
        let r = try compare(html, html: true)
        let f = try #require(hidden(r).first { $0.message.contains("agreed to resign") }, "\(r.findings.map(\.message))")
        #expect(f.rule == "hidden-text.html-hidden-element")
        #expect(f.severity == .major)
        #expect(r.summary.added == 0, "the hidden paragraph is left out of the compared text")
        #expect(!r.findings.contains { $0.kind == .insertion })
    }
    /// `Detectors.run` runs hidden-text in parts, runs of consecutive copy sentences (issue
    /// #13): the parts' findings, in part order, must be the whole pass's, whatever the number
    /// of parts, with the hidden HTML elements reported once.
    @Test(arguments: [2, 3, 4, 7])
    func partsTogetherAreTheWholePass(parts: Int) throws {
        let html = """
        <html><body><article>
        <p>President Zel\u{200B}ensky visited Kyiv on Monday and met the city's mayor.</p>
        <p style="display:none">Sources say the mayor has already agreed to resign next month.</p>
        <p>The talks lasted three hours and ended without a st\u{202E}atement.</p>
        <p>Officials said a second meeting would follow in the spring.</p>
        <p>Officials said a sec\u{2060}ond meeting would follow in the spring.</p>
        <span aria-hidden="true">tiny</span>
        </article></body></html>
        """
        let o = try Document.from(text: Self.original, path: "original.txt")
        let c = try Document.from(text: html, path: "copy.html", format: .html)
        let ctx = FindingContext(original: o, copy: c, alignment: Comparison.align(o, c))
        let whole = HiddenTextDetector.detect(ctx)
        let pieces = (0..<parts).flatMap { HiddenTextDetector.detect(ctx, part: $0, of: parts) }
        #expect(whole.count >= 5) // three sentences, two hidden elements
        #expect(pieces.map(\.message) == whole.map(\.message))
        #expect(pieces.map(\.copy?.start) == whole.map(\.copy?.start))
    }
}
