import Foundation
import Testing
@testable import DriftKit

/// Test fixtures shipped in `Resources/` (copied into the test bundle by `resources: [.copy("Resources")]`).
///
/// - `seeds/`: the five seed texts under their original names (the gold files name them).
/// - `gold/`: the gold alignments `000-001.json`, `000-002.json` (format: GOLD-FORMAT.md in
///   the shared eval folder; quotes are exact byte substrings of the seeds).
/// - `fixtures/`: small inputs written for these tests (a Russian news text in UTF-8 and in
///   windows-1251, the English original in windows-1251, an HTML page). The windows-1251
///   files were produced with Python's `str.encode("cp1251")`, an encoder independent of ICU.
enum Fixtures {
    static let seedNames = [
        "000_38827089d7ed5e23.txt", // CNN original
        "001_1108ccf958a2eb64.txt", // InoSMI retranslation of 000
        "002_b574043853d4dd9c.txt", // blog repost of 000
        "003_997a19e539cccc32.txt", // Washington Post piece, republished
        "004_39e626f757b2e1ff.txt", // Atlantic Council report, Markdown front matter
    ]

    /// The copied `Resources` folder. Where it lands differs by platform (on Linux
    /// `resourceURL` may already end in `Resources`), so look for the folder holding `seeds/`.
    static let root: URL = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let u = Bundle.module.url(forResource: "Resources", withExtension: nil) { candidates.append(u) }
        if let r = Bundle.module.resourceURL { candidates += [r.appendingPathComponent("Resources"), r] }
        candidates.append(Bundle.module.bundleURL.appendingPathComponent("Resources"))
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("seeds").path) } ?? candidates[0]
    }()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(relative)))
    }

    static func seedPath(_ name: String) -> String { url("seeds/\(name)").path }

    static func seed(_ name: String) throws -> Document {
        try Document.load(path: seedPath(name))
    }

    /// Decodes, extracts and segments bytes in memory, as `drift segment` does for a file.
    static func document(_ bytes: [UInt8], path: String = "test.txt", input: InputOptions = .init(),
                         language: String? = nil) throws -> Document {
        let src = try InputReader.load(bytes: bytes, path: path, options: input)
        return try Segmenter.segment(src, options: SegmentOptions(language: language))
    }

    static func document(_ text: String, path: String = "test.txt", format: InputFormat? = nil,
                         language: String? = nil) throws -> Document {
        try document(Array(text.utf8), path: path, input: InputOptions(format: format), language: language)
    }
}

extension Document {
    /// Sentence texts as written.
    var sentenceTexts: [String] { sentences.map { text(of: $0) } }

    /// Sentence texts with runs of white space folded to one space (a soft line break in
    /// hard-wrapped text and a space mean the same).
    var foldedSentenceTexts: [String] {
        sentences.map { text(of: $0).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    }

    /// The sentence whose byte range holds all of `range`, or nil when none does.
    func sentence(containing range: Range<Int>) -> Sentence? {
        sentences.first { $0.start <= range.lowerBound && range.upperBound <= $0.end }
    }

    /// The sentences the byte range touches.
    func sentences(overlapping range: Range<Int>) -> [Sentence] {
        sentences.filter { $0.start < range.upperBound && range.lowerBound < $0.end }
    }

    /// The one sentence that contains `quote`, for messages: all sentences overlapping it otherwise.
    func describeSentences(around range: Range<Int>) -> String {
        sentences(overlapping: range).map { "#\($0.id) [\($0.start),\($0.end)) \(text(of: $0).debugDescription)" }
            .joined(separator: "\n")
    }
}

extension Array where Element == UInt8 {
    /// Start offsets of every occurrence of `needle` (overlapping occurrences included).
    func occurrences(of needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= count else { return [] }
        var out: [Int] = []
        let first = needle[0]
        var i = 0
        while i + needle.count <= count {
            if self[i] == first, self[i..<(i + needle.count)].elementsEqual(needle) { out.append(i) }
            i += 1
        }
        return out
    }
}

/// One quote of a gold file: which side, the text, and which occurrence is meant (1-based;
/// nil when the quote occurs once).
struct GoldQuote: CustomStringConvertible, Sendable {
    var gold: String
    var where_: String
    var side: String // "original" or "copy"
    var file: String
    var text: String
    var occurrence: Int?
    var description: String { "\(gold) \(where_).\(side): \(text.debugDescription)" }
}

enum Gold {
    static let files = ["000-001.json", "000-002.json"]

    /// Every link and finding quote of a gold file.
    static func quotes(_ name: String) throws -> [GoldQuote] {
        let data = try Data(contentsOf: Fixtures.url("gold/\(name)"))
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let original = obj["original"] as? String, let copy = obj["copy"] as? String,
              let links = obj["links"] as? [[String: Any]], let findings = obj["findings"] as? [[String: Any]]
        else { throw GoldFormatError(file: name) }
        let file = ["original": original, "copy": copy]
        var out: [GoldQuote] = []
        for (i, link) in links.enumerated() {
            for side in ["original", "copy"] {
                for q in (link[side] as? [String]) ?? [] {
                    out.append(GoldQuote(gold: name, where_: "links[\(i)]", side: side, file: file[side]!, text: q,
                                         occurrence: link["\(side)_occurrence"] as? Int))
                }
            }
        }
        for (i, f) in findings.enumerated() {
            for side in ["original", "copy"] {
                if let q = f[side] as? String {
                    out.append(GoldQuote(gold: name, where_: "findings[\(i)]", side: side, file: file[side]!, text: q,
                                         occurrence: f["\(side)_occurrence"] as? Int))
                }
            }
        }
        return out
    }

    struct GoldFormatError: Error { var file: String }
}
