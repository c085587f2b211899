import Foundation
import Testing
@testable import DriftKit

/// Regression tests for issue #12 (hostile and broken input, round two): each reproduction
/// of the issue, at the library level. The CLI-level ones are in
/// `Tests/driftTests/HostileCLITests.swift`.
@Suite("Hostile input (issue #12)")
struct HostileInputTests {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let t0 = Date()
        try body()
        return Date().timeIntervalSince(t0)
    }

    // MARK: 1, 7: Markdown

    @Test("issue 12.1: 50,000 nested Markdown links are masked without recursion")
    func nestedLinks() throws {
        let n = 50_000
        let text = "Intro sentence here. " + String(repeating: "[", count: n) + "x" + String(repeating: "](u)", count: n) + "\n"
        let doc = try Document.from(text: text, path: "nest.md", format: .markdown)
        #expect(doc.sentences.count >= 1)
        // Every bracket and link target is blanked: what is left is the two words.
        let analysis = String(decoding: doc.source.analysis, as: UTF8.self)
        #expect(analysis.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty } == ["Intro", "sentence", "here.", "x"])
    }

    @Test("issue 12.1: nested links still mask as before: text kept, targets blanked")
    func nestedLinksMaskLikeBefore() throws {
        let src = "See [the [inner](http://a) report](http://b \"t\") and ![img](c) or [ref][1] now.\n"
        let doc = try Document.from(text: src, path: "a.md", format: .markdown)
        let analysis = String(decoding: doc.source.analysis, as: UTF8.self)
        // Kept: the words and spaces; blanked: brackets, `](url)` (11 and 15 bytes), the image
        // (9 bytes), the reference `][1]` (4 bytes).
        let expected = "See " + " the " + " inner" + String(repeating: " ", count: 11) + " report" + String(repeating: " ", count: 15)
            + " and " + String(repeating: " ", count: 9) + " or " + " ref" + String(repeating: " ", count: 4) + " now.\n"
        #expect(analysis == expected)
    }

    @Test("issue 12.7: 800 KB of `[x](` is masked in linear time")
    func linkSyntaxIsLinear() throws {
        let text = String(repeating: "[x](", count: 200_000) + "\n"
        var doc: Document?
        let t = try Self.seconds { doc = try Document.from(text: text, path: "links.md", format: .markdown) }
        #expect(doc != nil)
        // 74 s before (release); linear now: well under the debug build's ceiling.
        #expect(t < 20, "took \(t) s")
        let unclosed = String(repeating: "[x] (", count: 160_000) + "\n" + String(repeating: "([", count: 200_000) + "\n"
        let t2 = try Self.seconds { _ = try Document.from(text: unclosed, path: "links2.md", format: .markdown) }
        #expect(t2 < 20, "took \(t2) s")
    }

    // MARK: 3: repeats

    @Test("issue 12.3: putting 100,000 set-aside repeats back is linear")
    func insertRepeatsIsLinear() {
        let n = 100_000
        let beads = [Bead(original: [0], copy: [0], relation: .identical, similarity: 1, duplicateOf: nil)]
        let repO = [-1]
        let repC = [-1] + [Int](repeating: 0, count: n - 1)
        var out: [Bead] = []
        let t = Self.seconds { out = Aligner.insertRepeats(beads, repO, repC) }
        #expect(out.count == n)
        #expect(out[0].relation == .identical)
        #expect(out.dropFirst().enumerated().allSatisfy { $0.element.copy == [$0.offset + 1] && $0.element.duplicateOf == [0] })
        #expect(t < 5, "took \(t) s")
    }

    @Test("issue 12.3: repeats go after the bead of the nearest earlier placed sentence")
    func insertRepeatsPlacement() {
        let beads = [
            Bead(original: [0], copy: [0], relation: .identical, similarity: 1, duplicateOf: nil),
            Bead(original: [1], copy: [2], relation: .identical, similarity: 1, duplicateOf: nil),
        ]
        // Copy: s0, repeat of s0, s2, repeat of s0; original: s0, s1, repeat of s0.
        let out = Aligner.insertRepeats(beads, [-1, -1, 0], [-1, 0, -1, 0])
        let order = out.map { $0.original + $0.copy.map { -$0 - 1 } }
        #expect(order == [[0, -1], [-2], [1, -3], [2], [-4]])
    }

    // MARK: 2: padding

    /// Sentences with nothing in common with the council story, all different.
    static func padding(sentences n: Int) -> String {
        let things = ["orchard", "glacier", "violin", "harbour", "telescope", "meadow", "lantern", "canyon", "bakery", "comet", "reef", "quarry"]
        let verbs = ["painted", "measured", "repaired", "photographed", "mapped", "restored", "visited", "described"]
        var s = ""
        for k in 0..<n {
            s += "Volunteer \(k + 100) \(verbs[k % verbs.count]) the \(things[(k * 7) % things.count]) near the \(things[(k * 5 + 3) % things.count]) on day \(k + 3). "
        }
        return s
    }

    @Test("issue 12.2: a faithful copy with an invented sentence, padded with 5x other text, still fails the gate")
    func paddingDoesNotBypassTheGate() throws {
        let orig = OmissionDetectorTests.libraries
        let invented = "Council staff admitted the vote had been rigged in advance. "
        let copy = orig.replacingOccurrences(of: "A petition against", with: invented + "A petition against") + "\n" + Self.padding(sentences: 40) + "\n"
        let p = try ComparedPair(orig, copy)
        #expect(p.report.summary.traced < Comparison.unrelatedShare, "the copy is mostly padding")
        #expect(p.report.unrelated == nil, "the copy carries the whole original: \(p.report.unrelated ?? "")")
        #expect(p.findings(.insertion).contains { $0.copy?.text.contains("rigged") == true }, "\(p.listing)")
        let report = Report(original: p.original, copies: [p.report])
        #expect(CheckPolicy().evaluate(report).failed)
    }

    @Test("issue 12.2: a changed number in the aligned part is reported even when the copy is unrelated")
    func alignedPartOfUnrelatedCopyIsChecked() throws {
        let orig = OmissionDetectorTests.libraries
        let copy = "The decision was approved by 12 votes to 31 after a four-hour debate.\n" + Self.padding(sentences: 30) + "\n"
        let p = try ComparedPair(orig, copy)
        #expect(p.report.unrelated != nil, "one sentence of six, in 31: unrelated")
        #expect(p.findings(.numberChange).count == 1, "\(p.listing)")
        #expect(p.findings(.insertion).isEmpty, "no pile of insertions for an unrelated copy: \(p.listing)")
    }

    // MARK: 6, 12, 13: hidden text

    static let nato = """
    The NATO summit in 2018 ended without a joint statement. \
    Leaders met again in Brussels the following spring to discuss defence spending. \
    Officials said the talks were frank and constructive. \
    The next meeting is planned for the autumn in Madrid.

    """

    func hidden(_ copy: String, _ file: String = #fileID, _ line: Int = #line) throws -> (ComparedPair, [Finding]) {
        let p = try ComparedPair(Self.nato, copy)
        return (p, p.findings(.hiddenText))
    }

    @Test("issue 12.6: TAG characters smuggling a sentence are hidden text, decoded in the finding, escaped in every report")
    func tagCharacters() throws {
        let smuggled = "Putin agreed to return Crimea"
        let tags = String(String.UnicodeScalarView(smuggled.unicodeScalars.map { Unicode.Scalar($0.value + 0xE0000)! }))
        let copy = Self.nato.replacingOccurrences(of: "were frank", with: "were " + tags + "frank")
        let (p, h) = try hidden(copy)
        let f = try #require(h.first, "\(p.listing)")
        #expect(f.severity == .major)
        #expect(f.words.count == smuggled.unicodeScalars.count)
        #expect(f.why.contains("“\(smuggled)”"), "\(f.why)")
        let report = Report(original: p.original, copies: [p.report])
        let text = TerminalReport.render(report, color: false)
        let html = HTMLReport.render(report)
        #expect(!text.unicodeScalars.contains { (0xE0000...0xE007F).contains($0.value) }, "raw TAG characters in the text report")
        #expect(!html.unicodeScalars.contains { (0xE0000...0xE007F).contains($0.value) }, "raw TAG characters in the HTML report")
        #expect(text.contains("\\u{E0050}"))
        #expect(html.contains("[U+E0050]"))
        #expect(html.contains("\\udb40\\udc50"), "the embedded JSON escapes them")
        #expect(!p.report.summary.typographyOnly)
    }

    @Test("issue 12.6: every default-ignorable code point is hidden text (ICU's property), shown escaped")
    func defaultIgnorables() throws {
        // Code points the old hand list missed: Hangul filler, Khmer inherent vowel, a
        // Mongolian free variation selector, an unassigned default-ignorable (U+2065).
        for u: UInt32 in [0x3164, 0x17B4, 0x180B, 0x2065, 0xFFA0, 0x1D173] {
            #expect(Invisible.isDefaultIgnorable(u), "U+\(String(u, radix: 16))")
            #expect(TerminalText.escape("a" + String(Unicode.Scalar(u)!) + "b") != "a" + String(Unicode.Scalar(u)!) + "b")
        }
        for u: UInt32 in [0x41, 0x430, 0x20, 0x2019, 0x1F600] { #expect(!Invisible.isDefaultIgnorable(u)) }
        let copy = Self.nato.replacingOccurrences(of: "Brussels", with: "Brus\u{3164}sels")
        let (p, h) = try hidden(copy)
        #expect(h.first?.words.contains { $0.hasPrefix("U+3164") } == true, "\(p.listing)")
    }

    @Test("issue 12.12: mixed-script NΑΤΟ names the Greek letters, not the Latin N")
    func mixedScriptNamesTheForeignLetters() throws {
        let (p, h) = try hidden(Self.nato.replacingOccurrences(of: "NATO", with: "N\u{391}\u{3A4}\u{39F}"))
        let words = try #require(h.first, "\(p.listing)").words
        #expect(words.map { String($0.prefix(6)) } == ["U+0391", "U+03A4", "U+039F"], "\(words)")
    }

    @Test("issue 12.12: whole-word Greek ΝΑΤΟ where the original has Latin NATO")
    func wholeScriptConfusable() throws {
        let (p, h) = try hidden(Self.nato.replacingOccurrences(of: "NATO", with: "\u{39D}\u{391}\u{3A4}\u{39F}"))
        let f = try #require(h.first, "\(p.listing)")
        #expect(f.words.map { String($0.prefix(6)) } == ["U+039D", "U+0391", "U+03A4", "U+039F"], "\(f.words)")
        #expect(f.why.contains("“NATO”"))
    }

    @Test("issue 12.12: a Cyrillic О among digits (2О18)")
    func cyrillicInNumber() throws {
        let (p, h) = try hidden(Self.nato.replacingOccurrences(of: "2018", with: "2\u{41E}18"))
        #expect(h.first?.words.map { String($0.prefix(6)) } == ["U+041E"], "\(p.listing)")
    }

    @Test("issue 12.12: fullwidth and mathematical letters and digits")
    func compatibilityVariants() throws {
        for disguise in ["ＮＡＴＯ", "𝐍𝐀𝐓𝐎"] {
            let (p, h) = try hidden(Self.nato.replacingOccurrences(of: "NATO", with: disguise))
            #expect(h.first?.words.count == 4, "\(disguise): \(p.listing)")
        }
        let (p, h) = try hidden(Self.nato.replacingOccurrences(of: "2018", with: "２０１８"))
        #expect(h.first?.words.count == 4, "\(p.listing)")
    }

    @Test("issue 12.12: U+2800 braille blank and VS16 inside a Latin word")
    func blankAndVariationSelector() throws {
        let (p1, h1) = try hidden(Self.nato.replacingOccurrences(of: "the following", with: "the\u{2800}following"))
        #expect(h1.first?.words.map { String($0.prefix(6)) } == ["U+2800"], "\(p1.listing)")
        let (p2, h2) = try hidden(Self.nato.replacingOccurrences(of: "Brussels", with: "Brus\u{FE0F}sels"))
        #expect(h2.first?.words.map { String($0.prefix(6)) } == ["U+FE0F"], "\(p2.listing)")
    }

    @Test("issue 12.12: legitimate uses stay quiet: emoji presentation, a flag, curly quotes")
    func legitimateUsesStayQuiet() throws {
        let copy = Self.nato
            .replacingOccurrences(of: "were frank", with: "were ❤️ frank")
            .replacingOccurrences(of: "in Madrid.", with: "in Madrid 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}.")
            .replacingOccurrences(of: "Officials said", with: "“Officials’ view:”")
        let (p, h) = try hidden(copy)
        #expect(h.isEmpty, "\(p.listing)")
    }

    @Test("issue 12.13: a copy whose only change is hidden text is not 'only typography'")
    func hiddenTextIsNotTypography() throws {
        for disguise in [("Brussels", "Brus\u{200B}sels"), ("Brussels", "\u{412}russels"), ("Madrid", "M\u{430}drid")] {
            let (p, h) = try hidden(Self.nato.replacingOccurrences(of: disguise.0, with: disguise.1))
            #expect(!h.isEmpty, "\(disguise.1.debugDescription): \(p.listing)")
            #expect(!p.report.summary.typographyOnly, "\(disguise.1.debugDescription)")
        }
        #expect(try ComparedPair(Self.nato, Self.nato).report.summary.typographyOnly)
    }
}
