/// `number-change`: a number, date, count or amount that differs between an aligned pair
/// ("five" and "5" are the same number; "1,000" and "1000" too). A number is changed when
/// the original sentence has a number the copy sentence lacks and the copy has one the
/// original lacks; they are paired in order of appearance.
enum NumberChangeDetector {
    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        for bf in BeadFacts.all(ctx) where bf.bead.relation != .identical && bf.bead.relation != .typographic {
            let on = bf.oTokens.filter { Terms.term($0)?.hasPrefix("#") == true }
            let cn = bf.cTokens.filter { Terms.term($0)?.hasPrefix("#") == true }
            let oSet = Set(on.compactMap(Terms.term)), cSet = Set(cn.compactMap(Terms.term))
            let removed = on.filter { !cSet.contains(Terms.term($0)!) }
            let added = cn.filter { !oSet.contains(Terms.term($0)!) }
            for (a, b) in zip(uniq(removed), uniq(added)) {
                let from = ctx.o.text(a.start, a.end), to = ctx.c.text(b.start, b.end)
                var f = Finding(kind: .numberChange, severity: .major, confidence: 0.85,
                                original: ctx.span(ctx.o, a.start..<a.end), copy: ctx.span(ctx.c, b.start..<b.end), from: from, to: to,
                                message: "the number “\(from)” became “\(to)”",
                                rule: "number-change.aligned-pair",
                                why: "the original sentence has \(from) and the copy sentence does not; the copy has \(to) and the original sentence does not")
                f.words = [from, to]
                f.bead = bf.index
                out.append(f)
            }
        }
        return out
    }

    static func uniq(_ ts: [Token]) -> [Token] {
        var seen = Set<String>()
        return ts.filter { seen.insert(Terms.term($0)!).inserted }
    }
}
