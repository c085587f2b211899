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

    /// Parses `--fail-on` (comma-separated kinds, or `all`) and `--min-severity`.
    public init(kinds list: String, minSeverity sev: String) throws {
        var ks = Set<Finding.Kind>()
        for part in list.split(separator: ",").map({ $0.trimmingCharacters(in: " ") }) where !part.isEmpty {
            if part == "all" { ks.formUnion(Finding.Kind.allCases); continue }
            guard let k = Finding.Kind(rawValue: part) else {
                throw DriftError("--fail-on", "unknown finding kind '\(part)'", hint: "use any of " + Finding.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ", or all")
            }
            ks.insert(k)
        }
        guard !ks.isEmpty else { throw DriftError("--fail-on", "names no finding kind", hint: "e.g. --fail-on insertion,claim-change") }
        guard let s = Finding.Severity(rawValue: sev) else {
            throw DriftError("--min-severity", "unknown severity '\(sev)'", hint: "use major, minor or info")
        }
        self.init(kinds: ks, minSeverity: s)
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
