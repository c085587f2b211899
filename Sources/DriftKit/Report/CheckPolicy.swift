/// What `drift check` counts as injected content.
public struct CheckPolicy: Sendable {
    /// Kinds that fail the check by default: content a re-publisher put in or changed.
    /// Omissions, boilerplate and duplicates are reported by `compare`, not gated.
    public static let defaultKinds: [Finding.Kind] = [.insertion, .insertedNote, .claimChange, .nameChange, .numberChange, .quoteChange, .hiddenText]

    public var kinds: Set<Finding.Kind>
    public var minSeverity: Finding.Severity

    public init(kinds: Set<Finding.Kind> = Set(defaultKinds), minSeverity: Finding.Severity = .major) {
        self.kinds = kinds; self.minSeverity = minSeverity
    }

    public struct Result: Sendable {
        public var policy: CheckPolicy
        /// Per copy, the indices of the findings that fail the check.
        public var failing: [[Int]]
        public var failed: Bool { failing.contains { !$0.isEmpty } }
    }

    public func evaluate(_ r: Report) -> Result {
        Result(policy: self, failing: r.copies.map { c in
            c.findings.indices.filter { kinds.contains(c.findings[$0].kind) && c.findings[$0].severity <= minSeverity }
        })
    }
}
