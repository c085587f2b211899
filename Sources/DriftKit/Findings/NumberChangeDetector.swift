/// `number-change`: a number, date, count or amount that differs between an aligned pair
/// ("five" and "5" are the same number; "1,000" and "1000" too). A number is changed when
/// the original sentence has a number the copy sentence lacks and the copy has one the
/// original lacks; they are paired in order of appearance.
enum NumberChangeDetector: Detector {
    static let phase = "number-change"

    /// A number as written: one or more tokens ("2,000", "two thousand", "$2.5 billion"
    /// gives "2.5 billion") and its value.
    struct Quantity { var value: Double; var start: Int; var end: Int }

    /// Reads the numbers of a token list, joining number words and multipliers
    /// ("two thousand" = 2000, "2.5 billion" = 2.5e9). Ordinals are left out.
    static func quantities(_ ts: [Token]) -> [Quantity] {
        var out: [Quantity] = []
        var k = 0
        while k < ts.count {
            guard let first = value(ts[k]) else { k += 1; continue }
            var total = 0.0, current = first.0
            let start = ts[k].start
            var end = ts[k].end
            var j = k + 1
            while j < ts.count, let (v, isMult) = value(ts[j]) {
                if isMult {
                    if current == 0 { current = 1 }
                    if v == 100 { current *= 100 } else { total += current * v; current = 0 }
                } else if current.truncatingRemainder(dividingBy: 10) == 0 && v < 10 || current == 0 {
                    current += v // "twenty five", "hundred and five" is not joined
                } else { break }
                end = ts[j].end
                j += 1
            }
            out.append(Quantity(value: total + current, start: start, end: end))
            k = j
        }
        return out
    }

    /// A token's numeric value and whether it is a multiplier word.
    static func value(_ t: Token) -> (Double, Bool)? {
        if t.kind == .number {
            let digits = t.key.filter { $0 != "," }
            return Double(digits).map { ($0, false) }
        }
        guard t.kind == .word else { return nil }
        if let m = Vocabulary.numberMultipliers[t.key] { return (m, true) }
        if let n = Vocabulary.numberWords[t.key], let v = Double(n) { return (v, false) }
        return nil
    }

    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        for bf in BeadFacts.all(ctx) where bf.bead.relation != .identical && bf.bead.relation != .typographic {
            let oq = quantities(bf.oTokens), cq = quantities(bf.cTokens)
            let oSet = Set(oq.map(\.value)), cSet = Set(cq.map(\.value))
            var seenO = Set<Double>(), seenC = Set<Double>()
            let removed = oq.filter { !cSet.contains($0.value) && seenO.insert($0.value).inserted }
            let added = cq.filter { !oSet.contains($0.value) && seenC.insert($0.value).inserted }
            for (a, b) in zip(removed, added) {
                let from = ctx.original.text(a.start, a.end), to = ctx.copy.text(b.start, b.end)
                var f = Finding(Rules.numberChangeAlignedPair,
                                original: ctx.span(ctx.original, a.start..<a.end), copy: ctx.span(ctx.copy, b.start..<b.end), from: from, to: to,
                                message: "the number “\(from)” became “\(to)”",
                                why: "the original sentence has \(from) and the copy sentence does not; the copy has \(to) and the original sentence does not (numbers compared by value: “five” = 5, “2,000” = “two thousand”)")
                f.words = [from, to]
                f.bead = bf.index
                out.append(f)
            }
        }
        return out
    }
}
