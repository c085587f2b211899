/// A word, number or punctuation mark.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }
    // Offsets are kept in 32 bits (texts are under 2 GiB: `InputReader.maxTextBytes`), so a
    // token takes 32 bytes instead of 40; a 50 MB text has 9 million tokens.
    private var start32: Int32
    private var end32: Int32
    public var kind: Kind
    /// The number of the token's kind and key in its document's `DocumentKeys` (-1: not
    /// numbered, a token made outside segmentation). Sits in the padding after `kind`: a
    /// token still takes 32 bytes.
    var keyID: Int32 = -1
    /// The matching key: NFKC case-folded, typographic quotes, dashes and ellipses folded
    /// ("Don’t" → "don't", "—" → "-"). Never shown to people.
    public var key: String

    /// UTF-8 byte offsets into the document's text.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }

    public init(start: Int, end: Int, kind: Kind, key: String) {
        start32 = Int32(start); end32 = Int32(end); self.kind = kind; self.key = key
    }

    init(start: Int, end: Int, kind: Kind, key: String, keyID: Int32) {
        start32 = Int32(start); end32 = Int32(end); self.kind = kind; self.key = key; self.keyID = keyID
    }

    /// The same place, kind and key (the key's number in a document is not compared: two
    /// documents number their keys apart).
    public static func == (a: Token, b: Token) -> Bool {
        a.start32 == b.start32 && a.end32 == b.end32 && a.kind == b.kind && a.key == b.key
    }
}

/// One sentence (or heading, or line without final punctuation).
public struct Sentence: Sendable {
    /// Position in the document, from 0.
    public var id: Int
    /// UTF-8 byte offsets into the document's text: `text[start..<end]` is the sentence as written.
    public var start: Int
    public var end: Int
    /// True for a unit that ends without sentence punctuation at a line end (a heading,
    /// a dateline, a list item, a caption).
    public var isLine: Bool
    public var tokens: [Token]
}

/// A segmented input: what every later phase reads.
public struct Document: Sendable {
    public var source: SourceText
    public var language: String
    public var sentences: [Sentence] {
        // Tokens changed after segmentation may no longer match their numbers.
        didSet { keys = nil }
    }
    /// The kinds and keys of the document's tokens, numbered as segmentation met them (each
    /// token's `keyID`); nil once `sentences` is changed. The aligner's term table and the
    /// name index take each distinct key once from here instead of looking up every token's
    /// key string (`TermTable.keys(of:using:)`, `NameIndex`).
    var keys: DocumentKeys? = nil

    /// The sentence as written.
    public func text(of s: Sentence) -> String { text(s.start, s.end) }
    /// True when only spaces and tabs stand between the start of the text or a line break
    /// and the sentence: it opens a line.
    func startsLine(_ s: Sentence) -> Bool { Document.startsLine(source.text, s) }
    /// `startsLine` of a sentence of the document whose text is `b`.
    static func startsLine(_ b: [UInt8], _ s: Sentence) -> Bool {
        var k = s.start - 1
        while k >= 0, b[k] == 0x20 || b[k] == 0x09 { k -= 1 }
        return k < 0 || b[k] == 0x0A || b[k] == 0x0D
    }
    /// The text between two UTF-8 byte offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        String(decoding: source.text[start..<end], as: UTF8.self)
    }
    public var path: String { source.path }
}

/// Options for segmentation.
public struct SegmentOptions: Sendable {
    /// A language code (`en`, `ru`, …) or nil to detect from the script of the letters.
    public var language: String? = nil
    /// Longest sentence in bytes; a longer run without sentence punctuation is cut at word
    /// boundaries into pieces of at most this size (64 KiB: ~10,000 words, far beyond any real
    /// sentence; keeps word diffs and similarity bounded on pathological input).
    public var maxSentenceBytes: Int = 65536
    /// Most sentences one document may have; segmentation of a document with more fails with
    /// an error naming `Remedy.maxSentences`. Memory grows with sentences more than with bytes
    /// (≈ 400 bytes per sentence of each document for text and JSON output, docs/security.md
    /// "Memory bound"), so the byte cap alone bounds nothing for short lines: 256 MiB of 2-byte
    /// lines would be 134M sentences (~50 GB). 1,000,000: ~165 MB of news prose at its measured
    /// ~165 bytes a sentence, twenty times a long book (~50,000 sentences), and the 530,000-sentence
    /// copy of scripts/bench_limits.sh fits; it keeps a comparison's sentence memory under
    /// ≈ 800 MB.
    public var maxSentences: Int = 1_000_000
    public init(language: String? = nil, maxSentenceBytes: Int = 65536, maxSentences: Int = 1_000_000) {
        self.language = language; self.maxSentenceBytes = maxSentenceBytes; self.maxSentences = maxSentences
    }
}

/// The distinct (kind, key) pairs of a document's tokens, by number (`Token.keyID`), in the
/// order a pass over its tokens first meets them.
struct DocumentKeys: Sendable {
    var kinds: [Token.Kind] = []
    var keys: [String] = []
    var count: Int { keys.count }
}
