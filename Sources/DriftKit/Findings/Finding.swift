/// A span of one document: UTF-8 byte offsets into its text and the text itself.
public struct Span: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public init(start: Int, end: Int, text: String) { self.start = start; self.end = end; self.text = text }
}

/// Something a fact-checker should be told about a copy, with the evidence to check it.
public struct Finding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case insertion, insertedNote = "inserted-note", omission, nameChange = "name-change",
             numberChange = "number-change", claimChange = "claim-change", quoteChange = "quote-change",
             boilerplate, duplicate, hiddenText = "hidden-text"
    }
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        case major, minor, info
        var rank: Int { switch self { case .major: 0; case .minor: 1; case .info: 2 } }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }
    public var kind: Kind
    public var severity: Severity
    /// How sure the detector is, in [0, 1].
    public var confidence: Double
    public var original: Span?
    public var copy: Span?
    /// The value before and after, for name and number changes.
    public var from: String?
    public var to: String?
    /// One line for people.
    public var message: String
    /// The rule that fired.
    public var rule: String
    /// Why it fired: the differing words and the signal that decided.
    public var why: String
    /// The words that differ and decided the finding (a booster added, the names before and
    /// after, the numbers, the dropped qualifier).
    public var words: [String] = []
    /// Further places of the same change (every occurrence of a renamed name).
    public var occurrences: [Span] = []
    /// Alignment entry this finding comes from (index into the copy's alignment), if any.
    public var bead: Int? = nil
    /// Copy sentences this finding accounts for (a repeat, page furniture, a note, a run of
    /// inserted sentences): what `Reconcile` reads to keep two detectors from reporting the
    /// same sentence. Not part of any report.
    var explains: [Int] = []

    public init(kind: Kind, severity: Severity, confidence: Double, original: Span?, copy: Span?,
                from: String? = nil, to: String? = nil, message: String, rule: String, why: String) {
        self.kind = kind; self.severity = severity; self.confidence = confidence
        self.original = original; self.copy = copy; self.from = from; self.to = to
        self.message = message; self.rule = rule; self.why = why
    }
}
