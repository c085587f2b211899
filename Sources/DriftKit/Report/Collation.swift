/// Several copies of one original, side by side: per original sentence, what each copy did
/// with it, and which copies share changes the original does not have (so probably derive
/// from one another).
public struct Collation: Sendable {
    public struct Cell: Sendable, Equatable {
        public var relation: String
        /// Index of the alignment entry in that copy, or nil when none holds the sentence.
        public var bead: Int?
    }
    public struct Row: Sendable {
        public var original: Int
        public var cells: [Cell]
    }
    /// Two copies that share changes the original does not have.
    public struct Hint: Sendable {
        public var a: Int
        public var b: Int
        /// How many changes they share, of each kind.
        public var sharedInsertions: Int
        public var sharedRenames: Int
        public var sharedRewordings: Int
        public var examples: [String]
        /// "b from a", "a from b", or nil when neither holds clearly more.
        public var derived: String?
        public var message: String
        public var shared: Int { sharedInsertions + sharedRenames + sharedRewordings }
    }
    public var rows: [Row]
    public var hints: [Hint]

    /// Shared changes needed before two copies are said to be related. 2: one shared
    /// rewording can be chance (two translators picking the same word); two independent
    /// shared changes rarely are.
    static let minShared = 2

    package static func of(_ original: Document, _ copies: [CopyReport]) -> Collation {
        let maps: [[Int: Int]] = copies.map { c in
            var m: [Int: Int] = [:]
            for (k, b) in c.alignment.beads.enumerated() { for o in b.original { m[o] = k } }
            return m
        }
        let rows = original.sentences.map { s in
            Row(original: s.id, cells: copies.enumerated().map { (ci, c) in
                guard let k = maps[ci][s.id] else { return Cell(relation: "none", bead: nil) }
                let b = c.alignment.beads[k]
                return Cell(relation: b.duplicateOf != nil ? "repeat" : b.relation.rawValue, bead: k)
            })
        }
        // Change signatures: what each copy changed, as comparable fingerprints.
        struct Sig { var insertions: [String: String] = [:]; var renames: [String: String] = [:]; var rewordings: [String: String] = [:] }
        let sigs: [Sig] = copies.map { c in
            var s = Sig()
            let d = c.document
            for b in c.alignment.beads {
                let keys = b.copy.flatMap { d.sentences[$0].tokens.map(\.key) }.joined(separator: " ")
                let text = b.copy.map { d.text(of: d.sentences[$0]) }.joined(separator: " ")
                if b.original.isEmpty && b.duplicateOf == nil && !keys.isEmpty { s.insertions[keys] = text }
                if !b.original.isEmpty && !b.copy.isEmpty && (b.relation == .edited || b.relation == .paraphrase || b.relation == .moved) {
                    s.rewordings["\(b.original)|" + keys] = text
                }
            }
            for f in c.findings where f.kind == .nameChange { if let a = f.from, let t = f.to { s.renames[a.lowercased() + "→" + t.lowercased()] = "\(a) → \(t)" } }
            return s
        }
        var hints: [Hint] = []
        for a in 0..<copies.count {
            for b in (a + 1)..<copies.count {
                let ins = Set(sigs[a].insertions.keys).intersection(sigs[b].insertions.keys)
                let ren = Set(sigs[a].renames.keys).intersection(sigs[b].renames.keys)
                let rew = Set(sigs[a].rewordings.keys).intersection(sigs[b].rewordings.keys)
                let n = ins.count + ren.count + rew.count
                guard n >= minShared else { continue }
                let total = { (s: Sig) in s.insertions.count + s.renames.count + s.rewordings.count }
                let onlyA = total(sigs[a]) - n, onlyB = total(sigs[b]) - n
                var derived: String? = nil
                if onlyB > onlyA { derived = "\(b + 1) from \(a + 1)" } else if onlyA > onlyB { derived = "\(a + 1) from \(b + 1)" }
                var examples: [String] = []
                examples += ren.sorted().prefix(3).compactMap { sigs[a].renames[$0] }
                examples += ins.sorted().prefix(2).compactMap { sigs[a].insertions[$0].map { "inserted “\(clip($0))”" } }
                examples += rew.sorted().prefix(2).compactMap { sigs[a].rewordings[$0].map { "same rewording “\(clip($0))”" } }
                var msg = "copies \(a + 1) and \(b + 1) share \(n) changes the original does not have (\(ins.count) inserted passages, \(ren.count) renamed names, \(rew.count) identical rewordings)"
                if let d = derived {
                    let parts = d.split(separator: " ")
                    msg += "; copy \(parts[0]) probably derives from copy \(parts[2]), which it follows and then changes further"
                } else {
                    msg += "; one probably derives from the other, or both from a common intermediate"
                }
                hints.append(Hint(a: a, b: b, sharedInsertions: ins.count, sharedRenames: ren.count, sharedRewordings: rew.count,
                                  examples: examples, derived: derived, message: msg))
            }
        }
        return Collation(rows: rows, hints: hints.sorted { $0.shared > $1.shared })
    }

    static func clip(_ s: String) -> String { s.count > 80 ? String(s.prefix(79)) + "…" : s }
}
