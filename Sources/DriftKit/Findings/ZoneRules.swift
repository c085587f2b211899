/// Severity and confidence of the rules that read page structure (zones), in one place.
///
/// Each is derived from the development pairs and the seeds: furniture lines recognised by
/// zone are page material in every case checked there, so none of these is `major` — page
/// furniture is never injected content and never gates `drift check`.
enum ZoneRules {
    struct Rule: Sendable {
        let id: String
        let severity: Finding.Severity
        /// In [0, 1]: how often a line the zone classifier marks as furniture is furniture.
        let confidence: Double
    }
    /// Copy lines with no source whose zone is furniture.
    static let boilerplate = Rule(id: "boilerplate.furniture", severity: .minor, confidence: 0.8)
    /// Furniture lines (not headline, byline or timestamps) that both pages have word for word.
    static let sharedFurniture = Rule(id: "boilerplate.shared-furniture", severity: .minor, confidence: 0.7)
    /// A furniture line present in both pages that the copy rewrote (its own timestamp, its
    /// site's name in the page title).
    static let changedFurniture = Rule(id: "boilerplate.changed-furniture", severity: .minor, confidence: 0.7)
    /// The original's furniture (headline, byline, dateline, caption, credits) missing from
    /// the copy: worth a note, never a major omission.
    static let omittedFurniture = Rule(id: "omission.furniture", severity: .minor, confidence: 0.8)
}

/// What page structure does to the other detectors' findings, applied once after they ran:
/// content findings (insertion, inserted note, name, number, claim and quote change) whose
/// text lies wholly in furniture are dropped — the furniture is reported by
/// `BoilerplateDetector` and `OmissionDetector` instead — and an omission of furniture
/// alone is at most minor.
enum ZonePolicy {
    static func apply(_ findings: [Finding], _ ctx: FindingContext) -> [Finding] {
        findings.compactMap { f in
            switch f.kind {
            case .insertion, .insertedNote, .nameChange, .numberChange, .claimChange, .quoteChange:
                if let c = f.copy, inFurniture(ctx.c, ctx.cz, c) {
                    // A headline the copy puts where the original has other furniture (a
                    // dateline) is new text, judged as text.
                    if let k = f.bead, let o = ctx.al.beads[k].original.first, let c = ctx.al.beads[k].copy.first,
                       ctx.cz[c] == .headline || ctx.cz[c] == .deck, ctx.oz[o] != .headline && ctx.oz[o] != .deck { return f }
                    return nil
                }
                if f.copy == nil, let o = f.original, inFurniture(ctx.o, ctx.oz, o) { return nil }
                return f
            case .omission:
                guard let o = f.original, inFurniture(ctx.o, ctx.oz, o) else { return f }
                // A clause dropped from a byline or a timestamp is not worth a finding.
                if f.rule != "omission.unaligned-sentences" && f.rule != ZoneRules.omittedFurniture.id { return nil }
                return f
            default:
                return f
            }
        }
    }

    /// True when a two-sided bead pairs furniture with furniture of the same kind: a headline
    /// with a headline, a byline or timestamp with a byline or timestamp, credits, captions
    /// and controls with each other.
    static func rewritesFurniture(_ ctx: FindingContext, _ b: Bead) -> Bool {
        guard let o = b.original.first, let c = b.copy.first else { return false }
        let zo = ctx.oz[o], zc = ctx.cz[c]
        guard zo.isFurniture, zc.isFurniture else { return false }
        func group(_ z: Zone) -> Int { switch z { case .headline, .deck: 0; case .byline, .dateline: 1; default: 2 } }
        return group(zo) == group(zc)
    }

    /// True when every sentence that `span` touches is furniture.
    static func inFurniture(_ d: Document, _ zones: [Zone], _ span: Span) -> Bool {
        var lo = 0, hi = d.sentences.count
        while lo < hi { let mid = (lo + hi) / 2; if d.sentences[mid].end <= span.start { lo = mid + 1 } else { hi = mid } }
        var k = lo, any = false
        while k < d.sentences.count, d.sentences[k].start < max(span.end, span.start + 1) {
            if !zones[k].isFurniture { return false }
            any = true
            k += 1
        }
        return any
    }
}
