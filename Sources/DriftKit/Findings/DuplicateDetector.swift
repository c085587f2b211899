/// `duplicate`: a passage a document repeats verbatim. The aligner set the repeat aside
/// (`Bead.duplicateOf`); each run of repeated sentences is one finding.
enum DuplicateDetector: Detector {
    static let phase = "duplicate"

    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        var k = 0
        let beads = ctx.alignment.beads
        while k < beads.count {
            guard let d = beads[k].duplicateOf else { k += 1; continue }
            let inOriginal = !beads[k].original.isEmpty
            var ids = inOriginal ? beads[k].original : beads[k].copy
            var firsts = d
            var e = k + 1
            while e < beads.count, let d2 = beads[e].duplicateOf, beads[e].original.isEmpty == !inOriginal {
                ids += inOriginal ? beads[e].original : beads[e].copy
                firsts += d2
                e += 1
            }
            let doc = inOriginal ? ctx.original : ctx.copy
            let where_ = inOriginal ? "original" : "copy"
            var f = Finding(Rules.duplicateVerbatimRepeat,
                            original: inOriginal ? ctx.span(doc, ids) : nil, copy: inOriginal ? nil : ctx.span(doc, ids),
                            message: "the \(where_) repeats a passage: " + (ids.count == 1
                                ? "sentence \(ids[0]) repeats sentence \(firsts.min()!) word for word"
                                : "sentences \(ids.min()!)–\(ids.max()!) repeat sentences \(firsts.min()!)–\(firsts.max()!) word for word"),
                            why: (ids.count == 1 ? "a sentence with the same words as an earlier sentence" : "\(ids.count) sentences with the same words as earlier sentences") + " of the same document; the copy is compared with the first occurrence")
            f.occurrences = [ctx.span(doc, firsts)!]
            f.bead = k
            if !inOriginal { f.explains = ids }
            out.append(f)
            k = e
        }
        return out
    }
}
