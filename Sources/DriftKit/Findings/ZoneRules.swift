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
                if let c = f.copy, inFurniture(ctx.copy, ctx.cz, c) {
                    // A headline the copy puts where the original has other furniture (a
                    // dateline) is new text, judged as text.
                    if let k = f.bead, let o = ctx.alignment.beads[k].original.first, let c = ctx.alignment.beads[k].copy.first,
                       ctx.cz[c] == .headline || ctx.cz[c] == .deck, ctx.oz[o] != .headline && ctx.oz[o] != .deck { return f }
                    return nil
                }
                if f.copy == nil, let o = f.original, inFurniture(ctx.original, ctx.oz, o) { return nil }
                return f
            case .omission:
                guard let o = f.original, inFurniture(ctx.original, ctx.oz, o) else { return f }
                // A clause dropped from a byline or a timestamp is not worth a finding.
                if f.rule != "omission.unaligned-sentences" && f.rule != Rules.omissionFurniture.id { return nil }
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
