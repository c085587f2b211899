import Foundation
import Testing
import DriftKit

/// Cosmetic copies of the five seed texts must pass `drift check` and get no major finding
/// from `drift compare`: a copy that changes only typography, or only house style (British
/// spelling, courtesy titles), has injected nothing.
///
/// The copies are generated here from the seeds in `Resources/seeds/` by two transforms:
/// - `CosmeticCopy.typographic`: curly quotes → straight, em dash → "--", "…" → "...",
///   every ninth gap between words doubled, every paragraph re-wrapped at 72 columns (at
///   spaces only, so hyphenated words stay whole) with a blank line between paragraphs.
///   Markdown front matter is kept byte for byte.
/// - `CosmeticCopy.british`: US → UK spelling (-ize → -ise, -ization → -isation, center,
///   behavior, defense, analyze, color, honor, labor, favor, neighbor) in lower-case words,
///   and "Mr"/"Ms" before every occurrence of a surname that follows a lower-case word
///   ("said Putin" → "said Mr Putin"; "the Trump administration" is left alone).
@Suite("Cosmetic copies of the seeds")
struct CosmeticCopyTests {
    struct Seed: Sendable, CustomTestStringConvertible {
        var name: String
        var testDescription: String { String(name.prefix(3)) }
        /// Seed 004 is Markdown with front matter.
        var format: InputFormat { name.hasPrefix("004") ? .markdown : .text }
        func text() throws -> String { try String(contentsOfFile: Fixtures.seedPath(name), encoding: .utf8) }
        func document(_ text: String, _ label: String) throws -> Document {
            try Document.from(text: text, path: "\(name).\(label)", format: format)
        }
    }

    enum Variant: String, Sendable, CaseIterable, CustomTestStringConvertible {
        case typographic, british
        var testDescription: String { rawValue }
        func apply(_ s: String) -> String {
            switch self {
            case .typographic: CosmeticCopy.typographic(s)
            case .british: CosmeticCopy.british(s)
            }
        }
    }

    static let seeds = Fixtures.seedNames.map { Seed(name: $0) }

    @Test("the transforms change the seed", arguments: seeds, Variant.allCases)
    func transformsApply(seed: Seed, variant: Variant) throws {
        let text = try seed.text()
        let copy = variant.apply(text)
        #expect(copy != text)
        if variant == .british {
            // Every seed names someone after a lower-case word ("said Putin").
            #expect(copy.components(separatedBy: " Mr ").count > text.components(separatedBy: " Mr ").count)
        }
        if seed.format == .markdown {
            let front = try #require(CosmeticCopy.frontMatter(text).front)
            #expect(copy.hasPrefix(front), "front matter kept byte for byte")
        }
    }

    @Test("drift check finds nothing and compare has no major finding", arguments: seeds, Variant.allCases)
    func cosmeticCopyPasses(seed: Seed, variant: Variant) throws {
        let text = try seed.text()
        let original = try seed.document(text, "original")
        let copy = try seed.document(variant.apply(text), variant.rawValue)
        let report = Comparison.run(original: original, copies: [copy])
        let result = CheckPolicy().evaluate(report)
        let findings = try #require(report.copies.first).findings
        func describe(_ fs: [Finding]) -> String {
            fs.map { "\($0.kind.rawValue) \($0.severity.rawValue) [\($0.rule)] \($0.message) | copy: \(($0.copy?.text ?? "-").prefix(120))" }
                .joined(separator: "\n")
        }
        #expect(!result.failed, "drift check fails on: \(describe(result.failing[0].map { findings[$0] }))")
        #expect(!findings.contains { $0.severity == .major }, "\(describe(findings.filter { $0.severity == .major }))")
    }

    @Test("a seed checked against itself yields no findings at all", arguments: seeds)
    func selfComparison(seed: Seed) throws {
        let text = try seed.text()
        let r = Comparison.compare(try seed.document(text, "a"), try seed.document(text, "b"))
        #expect(r.findings.isEmpty, "\(r.findings.map { "\($0.kind.rawValue) [\($0.rule)] \($0.message)" })")
        #expect(r.summary.typographyOnly)
        #expect(r.unrelated == nil)
    }

    @Test("a typographic copy has no finding at all", arguments: seeds)
    func typographicCopyHasNoFinding(seed: Seed) throws {
        let text = try seed.text()
        let r = Comparison.compare(try seed.document(text, "original"), try seed.document(CosmeticCopy.typographic(text), "typographic"))
        #expect(r.findings.isEmpty, "\(r.findings.map { "\($0.kind.rawValue) [\($0.rule)] \($0.message)" })")
    }

    @Test("a British-style copy has no finding at all", arguments: seeds)
    func britishCopyHasNoFinding(seed: Seed) throws {
        let text = try seed.text()
        let r = Comparison.compare(try seed.document(text, "original"), try seed.document(CosmeticCopy.british(text), "british"))
        // Was a bug (fixed: repeats are now identified without courtesy titles): seeds 000 and 003 repeat a sentence
        // that names someone after a lower-case word ("a special assistant to Bush", "at
        // Trump's side"). In the copy both occurrences get "Mr", so the copy repeats the
        // passage as the original does, and the first occurrences align as typographic. But
        // the repeat is not paired with the original's repeat: the alignment has it once as
        // omitted (duplicate of the original's first) and once as inserted (duplicate of the
        // copy's first), giving two minor `duplicate.verbatim-repeat` findings, one per
        // document. Verbatim repeats (the typographic copy, or the seed against itself) pair
        // fine.
        #expect(r.findings.isEmpty, "\(r.findings.map { "\($0.kind.rawValue) [\($0.rule)] \($0.message)" })")
    }
}

/// The two cosmetic transforms (see `CosmeticCopyTests`).
enum CosmeticCopy {
    /// Markdown front matter ("---\n…\n---\n") and the rest of the text.
    static func frontMatter(_ s: String) -> (front: String?, body: String) {
        guard s.hasPrefix("---\n"), let end = s.range(of: "\n---\n", range: s.index(s.startIndex, offsetBy: 4)..<s.endIndex) else {
            return (nil, s)
        }
        return (String(s[..<end.upperBound]), String(s[end.upperBound...]))
    }

    /// Typography only: straight quotes, "--", "...", some doubled spaces, paragraphs
    /// re-wrapped at 72 columns with a blank line between them.
    static func typographic(_ s: String) -> String {
        let (front, body0) = frontMatter(s)
        var body = body0
        for (a, b) in [("‘", "'"), ("’", "'"), ("“", "\""), ("”", "\""), ("—", "--"), ("…", "...")] {
            body = body.replacingOccurrences(of: a, with: b)
        }
        let paragraphs = body.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        var gap = 0
        var out: [String] = []
        for p in paragraphs {
            var lines: [String] = [], line = ""
            for w in p.split(separator: " ") {
                let sep = gap % 9 == 4 ? "  " : " "
                gap += 1
                if !line.isEmpty && line.count + sep.count + w.count > 72 {
                    lines.append(line); line = String(w)
                } else {
                    line = line.isEmpty ? String(w) : line + sep + w
                }
            }
            if !line.isEmpty { lines.append(line) }
            out.append(lines.joined(separator: "\n"))
        }
        return (front.map { $0 + "\n" } ?? "") + out.joined(separator: "\n\n") + "\n"
    }

    /// House style: British spelling and courtesy titles.
    static func british(_ s: String) -> String {
        let (front, body) = frontMatter(s)
        var text = respell(body)
        for name in mr { text = addTitle("Mr", before: name, in: text) }
        for name in ms { text = addTitle("Ms", before: name, in: text) }
        return (front ?? "") + text
    }

    /// Surnames in the seeds, by the title a British paper would give them.
    static let mr = ["Putin", "Trump", "Witkoff", "Graham", "Bush", "Kellogg", "Obama", "Lough", "Greene", "Green", "Lowe",
                     "Dimitriev", "Dmitriev", "Lavrov", "Ushakov", "Rubio", "Zelensky", "Zelenskyy", "Macron", "Yeltsin",
                     "Ryabkov", "Jensen", "Vance", "Rubin", "Levin", "Clinton", "Medvedev", "Peskov", "Kushner"]
    static let ms = ["Stent", "Zhekova", "Kavanagh", "Kavanaugh", "Merkel", "Osmolovska"]

    /// A word character as regular expressions have it: a letter, digit or underscore.
    static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
    static func isLowerASCII(_ c: Character) -> Bool { c >= "a" && c <= "z" }

    /// Respells every maximal run of word characters that is all lower-case ASCII letters.
    static func respell(_ s: String) -> String {
        var out = "", word = ""
        func flush() {
            if !word.isEmpty { out += word.allSatisfy(isLowerASCII) ? british(word: word) : word; word = "" }
        }
        for c in s {
            if isWordChar(c) { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    /// One lower-case word in British spelling ("organization" → "organisation").
    static func british(word w: String) -> String {
        let ourStems = ["behavior", "color", "honor", "labor", "favor", "neighbor"]
        let ourEndings = ["", "s", "ed", "ing", "al", "ally", "able", "ably", "ite", "ites", "ful", "hood", "ers"]
        for stem in ourStems where w.hasPrefix(stem) && ourEndings.contains(String(w.dropFirst(stem.count))) {
            return String(stem.dropLast(2)) + "our" + String(w.dropFirst(stem.count))
        }
        switch w {
        case "center": return "centre"
        case "centers": return "centres"
        case "centered": return "centred"
        case "defense": return "defence"
        case "defenses": return "defences"
        case "defenseless": return "defenceless"
        default: break
        }
        for end in ["e", "es", "ed", "ing", "er", "ers"] where w == "analyz" + end { return "analys" + end }
        // -ize, -ization…: a stem of three letters or more, not ending in "s" ("size", "seize",
        // "prize", "downsize" stay).
        for end in ["ations", "ation", "ing", "ers", "er", "es", "ed", "e"] where w.hasSuffix("iz" + end) {
            let stem = w.dropLast(end.count + 2)
            if stem.count >= 3 && !stem.hasSuffix("s") { return String(stem) + "is" + end }
            break
        }
        return w
    }

    /// "said Putin" → "said Mr Putin": `title` before each occurrence of `name` (a whole word)
    /// that follows a lower-case word and a space, except "… administration".
    static func addTitle(_ title: String, before name: String, in s: String) -> String {
        let chars = Array(s)
        let target = Array(" " + name)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == " ", i + target.count <= chars.count, Array(chars[i..<(i + target.count)]) == target,
               i + target.count == chars.count || !isWordChar(chars[i + target.count]),
               !String(chars[(i + target.count)...].prefix(15)).hasPrefix(" administration"),
               followsLowercaseWord(chars, i) {
                out += " " + title
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    /// True when the text before index `space` ends with a lower-case word: a run of
    /// [a-z’'-] that somewhere starts a word with [a-z] ("said", "Russia’s" by its "s").
    static func followsLowercaseWord(_ chars: [Character], _ space: Int) -> Bool {
        func inRun(_ c: Character) -> Bool { isLowerASCII(c) || c == "’" || c == "'" || c == "-" }
        var start = space
        while start > 0, inRun(chars[start - 1]) { start -= 1 }
        guard start < space else { return false }
        for p in start..<space where isLowerASCII(chars[p]) {
            if p == 0 || !isWordChar(chars[p - 1]) { return true }
        }
        return false
    }
}
