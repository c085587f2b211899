import Foundation
/// One step of a word-level diff between the two sides of a bead.
public struct DiffOp: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// The same tokens, written the same way.
        case equal
        /// The same words written differently (’ vs ', — vs -, U.S. vs US): not an edit.
        case typography
        /// Original tokens missing from the copy.
        case delete
        /// Copy tokens not in the original.
        case insert
    }
    public var op: Kind
    /// UTF-8 byte span in the original's text (nil for an insert).
    public var original: Range<Int>?
    /// UTF-8 byte span in the copy's text (nil for a delete).
    public var copy: Range<Int>?
    /// Words and numbers in the op (on the side it changes; on the original side otherwise).
    public var wordCount: Int
}

/// Token-level diff with a semantic clean-up pass.
///
/// The raw diff is a longest common subsequence over token keys. Clean-up then dissolves
/// equalities that are no longer than the changes on both sides of them (the rule of
/// diff-match-patch's `diff_cleanupSemantic`, applied to tokens instead of characters), so
/// "the head of foreign policy at" → "head of the foreign policy department at" reads as a
/// few phrase changes rather than a confetti of one-word edits.
/// Example: `a b c d` → `a x c y` gives equal(a), delete(b), insert(x), equal(c), delete(d), insert(y).
/// - Complexity: O(n·m) time and memory for n·m ≤ 4M tokens pairs; larger sentences are
///   compared by common prefix and suffix only (the middle becomes one replacement).
public enum WordDiff {
    static let maxCells = 4_000_000
    /// An equality between two changes is dissolved only when it holds at most this many
    /// content words (non-function words). 1: a lone shared word between two rewrites is
    /// usually chance ("the *head* of" → "*head* of the … department"), two or more shared
    /// content words are a real anchor.
    static let maxDissolvedContentWords = 1

    /// Token indices; `style` pairs two token ranges that say the same thing in two house
    /// styles (`HouseStyle`).
    enum Raw { case eq(Int, Int), del(Int), ins(Int), style(ClosedRange<Int>, ClosedRange<Int>) }

    /// The word diff of two token runs, `ta` and `tb` the texts their offsets point into.
    /// `isContentWord` tells which words anchor the clean-up (content words: not function
    /// words); the caller chooses the vocabulary, so this phase reads no word list of its own.
    public static func diff(_ a: [Token], _ b: [Token], _ ta: [UInt8], _ tb: [UInt8], isContentWord: (Token) -> Bool) -> [DiffOp] {
        let raw = houseStyle(cleanup(lcs(a, b), a, b, isContentWord: isContentWord), a, b, ta, tb)
        return render(raw, a, b, ta, tb)
    }

    /// The word diff of every two-sided bead of an alignment (one-sided beads have none).
    static func diff(_ al: inout Alignment, _ a: Document, _ c: Document, isContentWord: (Token) -> Bool) {
        for k in al.beads.indices {
            if let d = diff(bead: al.beads[k], a, c, isContentWord: isContentWord) { al.beads[k].diff = d }
        }
    }

    /// `diff(_:_:_:isContentWord:)` with the beads spread over the machine's cores: each bead's
    /// diff depends on that bead alone, so the result is the same. The beads go in `pieces`
    /// runs of about equal work (tokens a side, summed) that the cores take in turn.
    static func diffInParallel(_ al: inout Alignment, _ a: Document, _ c: Document,
                               isContentWord: @escaping @Sendable (Token) -> Bool, pieces: Int = 8) {
        let beads = al.beads
        var cost: [Int] = []
        cost.reserveCapacity(beads.count)
        for b in beads {
            let n = b.original.isEmpty || b.copy.isEmpty ? 0
                : b.original.reduce(0) { $0 + a.sentences[$1].tokens.count } + b.copy.reduce(0) { $0 + c.sentences[$1].tokens.count }
            cost.append(n)
        }
        let total = cost.reduce(0, +)
        guard total > 0 else { return }
        var runs: [Range<Int>] = []
        var start = 0, sum = 0
        for k in beads.indices {
            sum += cost[k]
            if sum * pieces >= total * (runs.count + 1) || k == beads.count - 1 {
                runs.append(start..<(k + 1)); start = k + 1
            }
        }
        let input = Unchecked((beads, a, c))
        let parts = ParallelMap.map(runs) { r -> Unchecked<[(Int, [DiffOp])]> in
            let (beads, a, c) = input.value
            return Unchecked(r.compactMap { k in diff(bead: beads[k], a, c, isContentWord: isContentWord).map { (k, $0) } })
        }
        for p in parts { for (k, d) in p.value { al.beads[k].diff = d } }
    }

    /// One bead's word diff; nil for a one-sided bead.
    private static func diff(bead b: Bead, _ a: Document, _ c: Document, isContentWord: (Token) -> Bool) -> [DiffOp]? {
        if b.original.isEmpty || b.copy.isEmpty { return nil }
        // One sentence a side (most beads): its token array as is, not a copy.
        let oTok = b.original.count == 1 ? a.sentences[b.original[0]].tokens : b.original.flatMap { a.sentences[$0].tokens }
        let cTok = b.copy.count == 1 ? c.sentences[b.copy[0]].tokens : b.copy.flatMap { c.sentences[$0].tokens }
        return diff(oTok, cTok, a.source.text, c.source.text, isContentWord: isContentWord)
    }

    /// Turns each change that only converts house style ("Sen." → "Senator", "(D-Calif.)" →
    /// ", Democrat of California", "Washington time" → "EDT", `"no."` → `"no".`) into one
    /// typography step. A change is tried alone, then with the equal token before or after
    /// it ("6 a.m." / "06:00" around a shared word); a full stop added or dropped after an
    /// abbreviation ("a.m." / "am") is typography too.
    static func houseStyle(_ raw: [Raw], _ a: [Token], _ b: [Token], _ ta: [UInt8], _ tb: [UInt8]) -> [Raw] {
        guard raw.contains(where: { if case .eq = $0 { return false }; return true }) else { return raw }
        var out: [Raw] = []
        var k = 0
        while k < raw.count {
            guard !isEq(raw[k]) else { out.append(raw[k]); k += 1; continue }
            var e = k
            var dels: [Int] = [], inss: [Int] = []
            while e < raw.count, !isEq(raw[e]) {
                if case let .del(i) = raw[e] { dels.append(i) } else if case let .ins(j) = raw[e] { inss.append(j) }
                e += 1
            }
            let before: (Int, Int)? = { if let last = out.last, case let .eq(i, j) = last { return (i, j) }; return nil }()
            let after: (Int, Int)? = { if e < raw.count, case let .eq(i, j) = raw[e] { return (i, j) }; return nil }()
            var done = false
            if let d0 = dels.min(), let d1 = dels.max(), let i0 = inss.min(), let i1 = inss.max() {
                // The equal words around a change only matter to a rule that reads them.
                // The equal words around a change matter only when they are a time ("noon" before
                // "Washington time" / "EDT", "6" before "a.m." / "am").
                func timeWord(_ t: Token) -> Bool { t.kind == .number || HouseStyle.lowerCaseTriggers.contains(t.key) }
                let rules = HouseStyle.mayApply(a[d0...d1], ta) || HouseStyle.mayApply(b[i0...i1], tb)
                let context = rules && (before.map { timeWord(a[$0.0]) } == true || after.map { timeWord(a[$0.0]) } == true)
                for (useBefore, useAfter) in context ? [(false, false), (true, false), (false, true), (true, true)] : [(false, false)] {
                    if useBefore && before == nil || useAfter && after == nil { continue }
                    let ra = (useBefore ? before!.0 : d0)...(useAfter ? after!.0 : d1)
                    let rb = (useBefore ? before!.1 : i0)...(useAfter ? after!.1 : i1)
                    if HouseStyle.same(a[ra], b[rb], ta, tb) {
                        if useBefore { out.removeLast() }
                        out.append(.style(ra, rb))
                        k = useAfter ? e + 1 : e
                        done = true
                        break
                    }
                }
            } else if let (p, q) = before, (dels.isEmpty != inss.isEmpty) {
                // A lone full stop after an abbreviation, on one side only.
                let lone = dels.isEmpty ? inss.map { b[$0] } : dels.map { a[$0] }
                let prev = a[p]
                if lone.allSatisfy({ $0.key == "." }), lone.count == 1, prev.kind == .word, HouseStyle.abbreviations.contains(prev.key) {
                    out.removeLast()
                    out.append(dels.isEmpty ? .style(p...p, q...inss[0]) : .style(p...dels[0], q...q))
                    k = e
                    done = true
                }
            }
            if !done { out += raw[k..<e]; k = e }
        }
        return out
    }

    static func isEq(_ r: Raw) -> Bool { if case .eq = r { return true }; return false }

    static func lcs(_ a: [Token], _ b: [Token]) -> [Raw] {
        var p = 0
        while p < a.count && p < b.count && a[p].key == b[p].key { p += 1 }
        var s = 0
        while s < a.count - p && s < b.count - p && a[a.count - 1 - s].key == b[b.count - 1 - s].key { s += 1 }
        var out: [Raw] = (0..<p).map { .eq($0, $0) }
        let a0 = p, a1 = a.count - s, b0 = p, b1 = b.count - s
        let n = a1 - a0, m = b1 - b0
        if n == 0 || m == 0 || n * m > maxCells {
            out += (a0..<a1).map { .del($0) }
            out += (b0..<b1).map { .ins($0) }
        } else {
            // Lengths of LCS of suffixes.
            var L = [Int32](repeating: 0, count: (n + 1) * (m + 1))
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    L[i * (m + 1) + j] = a[a0 + i].key == b[b0 + j].key
                        ? L[(i + 1) * (m + 1) + j + 1] + 1
                        : max(L[(i + 1) * (m + 1) + j], L[i * (m + 1) + j + 1])
                }
            }
            var i = 0, j = 0
            while i < n || j < m {
                if i < n && j < m && a[a0 + i].key == b[b0 + j].key { out.append(.eq(a0 + i, b0 + j)); i += 1; j += 1 }
                else if j < m && (i == n || L[i * (m + 1) + j + 1] >= L[(i + 1) * (m + 1) + j]) { out.append(.ins(b0 + j)); j += 1 }
                else { out.append(.del(a0 + i)); i += 1 }
            }
        }
        out += (0..<s).map { .eq(a.count - s + $0, b.count - s + $0) }
        return out
    }

    /// Dissolves short equalities between changes (see the type's documentation).
    static func cleanup(_ raw: [Raw], _ a: [Token], _ b: [Token], isContentWord: (Token) -> Bool) -> [Raw] {
        // Runs: (isEqual, items).
        var runs: [(Bool, [Raw])] = []
        for r in raw {
            let eq: Bool = { if case .eq = r { return true }; return false }()
            if let last = runs.last, last.0 == eq { runs[runs.count - 1].1.append(r) } else { runs.append((eq, [r])) }
        }
        func changeSize(_ items: [Raw]) -> Int {
            var d = 0, i = 0
            for r in items { if case .del = r { d += 1 } else if case .ins = r { i += 1 } }
            return max(d, i)
        }
        var changed = true
        while changed {
            changed = false
            var k = 1
            while k + 1 < runs.count {
                if runs[k].0, !runs[k - 1].0, !runs[k + 1].0 {
                    let len = runs[k].1.count
                    // Words of substance in the equality: names, numbers and content words
                    // that survive keep the diff anchored ("the Russian leader in Moscow").
                    let content = runs[k].1.reduce(0) { n, r in
                        if case let .eq(x, _) = r, a[x].kind != .punctuation, isContentWord(a[x]) { return n + 1 }
                        return n
                    }
                    if content <= maxDissolvedContentWords && len <= changeSize(runs[k - 1].1) && len <= changeSize(runs[k + 1].1) {
                        var dels: [Raw] = [], inss: [Raw] = []
                        for r in runs[k - 1].1 + runs[k].1.flatMap({ r -> [Raw] in
                            if case let .eq(x, y) = r { return [.del(x), .ins(y)] }; return [r] }) + runs[k + 1].1 {
                            if case .del = r { dels.append(r) } else { inss.append(r) }
                        }
                        runs.replaceSubrange((k - 1)...(k + 1), with: [(false, dels + inss)])
                        changed = true
                        continue
                    }
                }
                k += 1
            }
        }
        // Within each change run: deletions first, then insertions.
        var out: [Raw] = []
        for (eq, items) in runs {
            if eq { out += items; continue }
            out += items.filter { if case .del = $0 { return true }; return false }
            out += items.filter { if case .ins = $0 { return true }; return false }
        }
        return out
    }

    static func render(_ raw: [Raw], _ a: [Token], _ b: [Token], _ ta: [UInt8], _ tb: [UInt8]) -> [DiffOp] {
        var ops: [DiffOp] = []
        /// Appends an op, or extends the last one when it is of the same kind and sides.
        @inline(__always) func push(_ ops: inout [DiffOp], _ kind: DiffOp.Kind, _ o: Range<Int>?, _ c: Range<Int>?, _ words: Int) {
            if let last = ops.last, last.op == kind,
               (o == nil) == (last.original == nil), (c == nil) == (last.copy == nil) {
                ops[ops.count - 1].original = last.original.map { $0.lowerBound..<o!.upperBound }
                ops[ops.count - 1].copy = last.copy.map { $0.lowerBound..<c!.upperBound }
                ops[ops.count - 1].wordCount += words
            } else {
                ops.append(DiffOp(op: kind, original: o, copy: c, wordCount: words))
            }
        }
        // (The texts and tokens read through buffers: a long copy has millions of equal pairs,
        // and slicing the texts to compare them cost more than the rest of the rendering.)
        ta.withUnsafeBufferPointer { pa in
            tb.withUnsafeBufferPointer { pb in
                for r in raw {
                    switch r {
                    case let .eq(i, j):
                        let xs = a[i].start, xe = a[i].end, ys = b[j].start, ye = b[j].end
                        let same = xe - xs == ye - ys && (xe == xs || memcmp(pa.baseAddress! + xs, pb.baseAddress! + ys, xe - xs) == 0)
                        push(&ops, same ? .equal : .typography, xs..<xe, ys..<ye, a[i].kind == .punctuation ? 0 : 1)
                    case let .del(i): push(&ops, .delete, a[i].start..<a[i].end, nil, a[i].kind == .punctuation ? 0 : 1)
                    case let .ins(j): push(&ops, .insert, nil, b[j].start..<b[j].end, b[j].kind == .punctuation ? 0 : 1)
                    case let .style(ra, rb):
                        push(&ops, .typography, a[ra.lowerBound].start..<a[ra.upperBound].end, b[rb.lowerBound].start..<b[rb.upperBound].end,
                             a[ra].count { $0.kind != .punctuation })
                    }
                }
            }
        }
        return ops
    }
}
