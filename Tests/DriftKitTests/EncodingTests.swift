import Foundation
import Testing
@testable import DriftKit

/// A copy saved by Notepad (UTF-16 with a BOM), exported from Word (UTF-8 with a BOM) or
/// scraped from a Russian site (windows-1251) must give the same sentences as the UTF-8 file.
@Suite("Encodings")
struct EncodingTests {
    static let originalName = "000_38827089d7ed5e23.txt"

    /// A rendering of a text in some encoding, built in the test from the UTF-8 text.
    struct Rendering: CustomTestStringConvertible, Sendable {
        var label: String
        var encoding: String.Encoding
        var bom: [UInt8]
        var expected: String
        var testDescription: String { label }
    }

    static let renderings: [Rendering] = [
        Rendering(label: "UTF-16LE with BOM", encoding: .utf16LittleEndian, bom: [0xFF, 0xFE], expected: "UTF-16LE"),
        Rendering(label: "UTF-16BE with BOM", encoding: .utf16BigEndian, bom: [0xFE, 0xFF], expected: "UTF-16BE"),
        Rendering(label: "UTF-16LE without BOM", encoding: .utf16LittleEndian, bom: [], expected: "UTF-16LE"),
        Rendering(label: "UTF-16BE without BOM", encoding: .utf16BigEndian, bom: [], expected: "UTF-16BE"),
        Rendering(label: "UTF-8 with BOM", encoding: .utf8, bom: [0xEF, 0xBB, 0xBF], expected: "UTF-8"),
        // FF FE 00 00 starts both a UTF-32LE and a UTF-16LE BOM: UTF-32 must win.
        Rendering(label: "UTF-32LE with BOM", encoding: .utf32LittleEndian, bom: [0xFF, 0xFE, 0, 0], expected: "UTF-32LE"),
        Rendering(label: "UTF-32BE with BOM", encoding: .utf32BigEndian, bom: [0, 0, 0xFE, 0xFF], expected: "UTF-32BE"),
    ]

    static func render(_ text: String, _ r: Rendering) throws -> [UInt8] {
        let data = try #require(text.data(using: r.encoding), "Foundation cannot encode as \(r.label)")
        return r.bom + [UInt8](data)
    }

    @Test("English seed: same sentences in every Unicode encoding", arguments: renderings)
    func englishSeed(r: Rendering) throws {
        let utf8 = try Fixtures.bytes("seeds/\(Self.originalName)")
        let reference = try Fixtures.document(utf8)
        let bytes = try Self.render(String(decoding: utf8, as: UTF8.self), r)
        let doc = try Fixtures.document(bytes)
        #expect(doc.source.encoding == r.expected)
        #expect(doc.source.warnings.isEmpty, "\(doc.source.warnings)")
        #expect(doc.sentenceTexts == reference.sentenceTexts)
        #expect(doc.sentences.map(\.isLine) == reference.sentences.map(\.isLine))
        #expect(doc.source.byteCount == bytes.count)
        // Offsets index the text as decoded to UTF-8: the BOM of UTF-16 and UTF-32 is not part
        // of it (read as a character it would shift every offset by 3); a UTF-8 BOM is kept.
        let shift = r.encoding == .utf8 ? r.bom.count : 0
        #expect(doc.sentences.map(\.start) == reference.sentences.map { $0.start + shift })
    }

    @Test("Russian text: same sentences in every Unicode encoding", arguments: renderings)
    func russianText(r: Rendering) throws {
        let utf8 = try Fixtures.bytes("fixtures/ru-talks.utf8.txt")
        let reference = try Fixtures.document(utf8)
        #expect(reference.language == "ru")
        let doc = try Fixtures.document(try Self.render(String(decoding: utf8, as: UTF8.self), r))
        #expect(doc.source.encoding == r.expected)
        #expect(doc.language == "ru")
        #expect(doc.sentenceTexts == reference.sentenceTexts)
    }

    /// Offsets index the file as written: a UTF-8 BOM stays in `text` (3 bytes) and no
    /// sentence starts inside it.
    @Test func utf8ByteOrderMarkIsNotText() throws {
        let utf8 = try Fixtures.bytes("seeds/\(Self.originalName)")
        let doc = try Fixtures.document([0xEF, 0xBB, 0xBF] + utf8)
        #expect(doc.source.text.count == utf8.count + 3)
        let first = try #require(doc.sentences.first)
        #expect(first.start == 3)
        #expect(doc.text(of: first).hasPrefix("CNN"))
    }

    /// The windows-1251 fixture was written by Python's cp1251 codec; Foundation agrees, so
    /// the in-test renderings and the committed fixture are the same bytes.
    @Test func windows1251FixtureMatchesFoundation() throws {
        let text = String(decoding: try Fixtures.bytes("fixtures/ru-talks.utf8.txt"), as: UTF8.self)
        let fixture = try Fixtures.bytes("fixtures/ru-talks.cp1251.txt")
        #expect([UInt8](try #require(text.data(using: .windowsCP1251))) == fixture)
        #expect(fixture.count >= 600)
    }

    struct LegacyCase: CustomTestStringConvertible, Sendable {
        var label: String
        var utf8: String
        var legacy: String
        var testDescription: String { label }
    }

    /// Russian prose, and the English original (its curly quotes, dashes and ellipses all exist
    /// in windows-1251 too).
    static let legacyCases = [
        LegacyCase(label: "Russian news text", utf8: "fixtures/ru-talks.utf8.txt", legacy: "fixtures/ru-talks.cp1251.txt"),
        LegacyCase(label: "English original with curly quotes", utf8: "seeds/\(originalName)", legacy: "fixtures/cnn-original.cp1251.txt"),
    ]

    @Test("windows-1251 with --encoding: exactly the UTF-8 sentences", arguments: legacyCases)
    func windows1251Forced(c: LegacyCase) throws {
        let reference = try Fixtures.document(try Fixtures.bytes(c.utf8))
        for name in ["windows-1251", "cp1251", "WINDOWS-1251"] {
            let doc = try Fixtures.document(try Fixtures.bytes(c.legacy), input: InputOptions(encoding: name))
            #expect(doc.source.encoding == "windows-1251", "--encoding \(name) reported as \(doc.source.encoding)")
            #expect(doc.source.warnings.isEmpty)
            #expect(doc.sentenceTexts == reference.sentenceTexts)
        }
    }

    /// Without --encoding, detection may be unsure (ICU gives 33–52/100 on short Russian text):
    /// the text must then either come out right, or the user must be told to use --encoding.
    @Test("windows-1251 detected: right, or a warning naming --encoding", arguments: legacyCases)
    func windows1251Detected(c: LegacyCase) throws {
        let reference = try Fixtures.document(try Fixtures.bytes(c.utf8))
        let doc = try Fixtures.document(try Fixtures.bytes(c.legacy))
        let right = doc.sentenceTexts == reference.sentenceTexts
        let warned = doc.source.warnings.contains { $0.remedy == .encoding }
        #expect(right || warned, "decoded as \(doc.source.encoding) with warnings \(doc.source.warnings)")
        // Whatever was decided, the user is told the file was not UTF-8.
        #expect(doc.source.warnings.contains { $0.message.contains(doc.source.encoding) })
    }

    /// The detector's confidence, read back from a warning ("detector confidence 51/100").
    static func confidence(_ w: DriftWarning) -> Int? {
        guard let r = w.message.range(of: "detector confidence ") else { return nil }
        return Int(w.message[r.upperBound...].prefix { $0.isNumber })
    }

    /// A guess the detector is unsure of must say so and name the way out; a sure one must not
    /// nag. The Russian fixture is a low-confidence case (ICU gives it 51/100; one short line
    /// of Russian, 26/100), the English original a confident one (74/100).
    @Test("a low-confidence encoding guess warns “use --encoding”; a confident one does not",
          arguments: [("fixtures/ru-talks.cp1251.txt", true), ("fixtures/cnn-original.cp1251.txt", false)])
    func lowConfidenceWarns(fixture: String, unsure: Bool) throws {
        let short = [UInt8](try #require("Москва. Встреча прошла в 2024 г.\n".data(using: .windowsCP1251)))
        for bytes in unsure ? [try Fixtures.bytes(fixture), short] : [try Fixtures.bytes(fixture)] {
            let doc = try Fixtures.document(bytes)
            let w = try #require(doc.source.warnings.first { $0.message.contains("not valid UTF-8") }, "\(doc.source.warnings)")
            let c = try #require(Self.confidence(w), "\(w.message)")
            #expect((c < TextDecoder.confidentDetection) == unsure, "confidence \(c): the fixture no longer tests what it says")
            // The library names the remedy as data; the CLI words it as "use --encoding NAME".
            #expect((w.remedy == .encoding) == unsure, "\(w.message)")
        }
    }

    @Test func russianWindows1251IsDetectedAsCyrillic() throws {
        let doc = try Fixtures.document(try Fixtures.bytes("fixtures/ru-talks.cp1251.txt"))
        #expect(doc.source.encoding == "windows-1251")
        #expect(doc.language == "ru")
    }

    /// Regression: a forced encoding was reported under ICU's internal converter name
    /// ("ibm-5347_P100-1998"), which means nothing to a user.
    @Test("forced encodings are reported by their standard names", arguments: [
        ("latin1", "ISO-8859-1"), ("ISO-8859-1", "ISO-8859-1"), ("cp1252", "windows-1252"),
        ("ISO-8859-5", "ISO-8859-5"), ("koi8-r", "KOI8-R"), ("UTF-16LE", "UTF-16LE"), ("utf8", "UTF-8"),
    ])
    func forcedEncodingNames(name: String, expected: String) throws {
        let text = "Plain ASCII text is the same in all of these. It has two sentences."
        let data = try #require(text.data(using: expected.hasPrefix("UTF-16") ? .utf16LittleEndian : .utf8))
        let doc = try Fixtures.document([UInt8](data), input: InputOptions(encoding: name))
        #expect(doc.source.encoding == expected)
        #expect(doc.sentenceTexts == ["Plain ASCII text is the same in all of these.", "It has two sentences."])
    }

    @Test func latin1WithoutEncodingIsDetectedAndReported() throws {
        let bytes: [UInt8] = Array("The caf".utf8) + [0xE9] + Array(" in Orl".utf8) + [0xE9] + Array("ans reopened on Monday. It was closed for a year.".utf8)
        let doc = try Fixtures.document(bytes)
        #expect(doc.sentenceTexts.first == "The café in Orléans reopened on Monday.")
        #expect(doc.source.warnings.count == 1)
        #expect(doc.source.warnings.first?.message.contains("not valid UTF-8") == true)
    }
}
