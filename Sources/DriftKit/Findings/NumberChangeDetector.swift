/// `number-change`: a number, date, count or amount that differs between an aligned pair
/// ("five" and "5" are the same number; "1,000" and "1000" too). A number is changed when
/// the original sentence has a number the copy sentence lacks and the copy has one the
/// original lacks; they are paired in order of appearance.
enum NumberChangeDetector: Detector {
    static let phase = "number-change"

    /// What a number counts, read from the marks around it: a money amount ("$2.5 billion",
    /// "€40", "300 dollars"), a percentage ("4%", "4 percent"), a year ("in 2026": four digits
    /// from 1000 to 2100 with nothing after them that makes an amount) or anything else. A
    /// change pairs numbers of one kind only: "in 1999" and "three states" are two different
    /// facts, not one number rewritten.
    enum Unit: Equatable { case money, percent, year, plain }

    /// A number as written: one or more tokens ("2,000", "two thousand", "$2.5 billion"
    /// gives "2.5 billion"), its value and what it counts.
    struct Quantity { var value: Double; var start: Int; var end: Int; var unit: Unit = .plain }

    /// Reads the numbers of a token list, joining number words and multipliers
    /// ("two thousand" = 2000, "2.5 billion" = 2.5e9), hyphenated ones ("Thirty-two" = 32,
    /// "$50-million" = 5e7) and an amount written after a currency code ("$US1.06" = 1.06).
    /// Ordinals are left out.
    static func quantities(_ ts: [Token]) -> [Quantity] {
        var out: [Quantity] = []
        var k = 0
        while k < ts.count {
            guard let first = value(ts, k) else { k += 1; continue }
            var total = 0.0, current = first.value
            let start = first.start
            var end = ts[first.last].end
            var j = first.last + 1
            while j < ts.count {
                // A hyphen joins when it is tight on both sides and what follows is a multiplier
                // ("50-million") or, after a number word, another number word ("thirty-two").
                var at = j
                if ts[j].kind == .punctuation, ts[j].key == "-", j + 1 < ts.count, ts[j].start == ts[j - 1].end, ts[j + 1].start == ts[j].end,
                   ts[j + 1].kind == .word, Vocabulary.numberMultipliers[ts[j + 1].key] != nil || ts[j - 1].kind == .word && ts[j + 1].kind == .word {
                    at = j + 1
                }
                guard let (v, isMult) = value(ts[at]) else { break }
                if isMult {
                    if current == 0 { current = 1 }
                    if v == 100 { current *= 100 } else { total += current * v; current = 0 }
                } else if current.truncatingRemainder(dividingBy: 10) == 0 && v < 10 || current == 0 {
                    current += v // "twenty five", "hundred and five" is not joined
                } else { break }
                end = ts[at].end
                j = at + 1
            }
            out.append(Quantity(value: total + current, start: start, end: end, unit: unit(ts, from: k, to: j)))
            k = j
        }
        return out
    }

    /// The number starting at token `k`: its value, where it starts and its last token. A
    /// currency code glued to the amount after a currency sign ("$US1.06", "$C40") is read
    /// as the amount: the tokenizer makes "US1" one word and ".06" two more tokens.
    static func value(_ ts: [Token], _ k: Int) -> (value: Double, start: Int, last: Int)? {
        let t = ts[k]
        if let (v, _) = value(t) { return (v, t.start, k) }
        guard t.kind == .word, k > 0, ts[k - 1].end == t.start, Vocabulary.currencySigns.contains(ts[k - 1].key) else { return nil }
        let letters = t.key.prefix { $0.isLetter }, digits = t.key.dropFirst(letters.count)
        guard (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        var text = String(digits), last = k
        if k + 2 < ts.count, ts[k + 1].key == ".", ts[k + 1].start == t.end, ts[k + 2].kind == .number, ts[k + 2].start == ts[k + 1].end {
            text += "." + ts[k + 2].key.filter { $0 != "," }
            last = k + 2
        }
        guard let v = Double(text) else { return nil }
        return (v, t.start + letters.utf8.count, last)
    }

    /// A token's numeric value and whether it is a multiplier word.
    static func value(_ t: Token) -> (Double, Bool)? {
        if t.kind == .number {
            let digits = t.key.filter { $0 != "," }
            return Double(digits).map { ($0, false) }
        }
        guard t.kind == .word else { return nil }
        return wordValues[t.key]
    }

    /// The value of each number word and multiplier (`Vocabulary.numberMultipliers`, then
    /// `Vocabulary.numberWords`), looked up once per token instead of once per table.
    static let wordValues: [String: (Double, Bool)] = {
        var out: [String: (Double, Bool)] = [:]
        for (w, n) in Vocabulary.numberWords { if let v = Double(n) { out[w] = (v, false) } }
        for (w, m) in Vocabulary.numberMultipliers { out[w] = (m, true) }
        return out
    }()

    /// What the number of tokens `k..<j` counts, from the token before it and the one or two after.
    static func unit(_ ts: [Token], from k: Int, to j: Int) -> Unit {
        let before = k > 0 ? ts[k - 1].key : ""
        let after = j < ts.count ? ts[j].key : "", after2 = j + 1 < ts.count ? ts[j + 1].key : ""
        if after == "%" || Vocabulary.percentWords.contains(after) || after == "per" && after2 == "cent" { return .percent }
        if Vocabulary.currencySigns.contains(before) || Vocabulary.currencyWords.contains(after) { return .money }
        if j == k + 1, ts[k].kind == .number, ts[k].key.count == 4, ts[k].key.allSatisfy(\.isNumber),
           let y = Int(ts[k].key), (1000...2100).contains(y) { return .year }
        return .plain
    }

    static func detect(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        for bf in BeadFacts.all(ctx) where bf.bead.relation != .identical && bf.bead.relation != .typographic {
            let oq = quantities(bf.oTokens), cq = quantities(bf.cTokens)
            let oSet = Set(oq.map(\.value)), cSet = Set(cq.map(\.value))
            var seenO = Set<Double>(), seenC = Set<Double>()
            let removed = oq.filter { !cSet.contains($0.value) && seenO.insert($0.value).inserted }
            let added = cq.filter { !oSet.contains($0.value) && seenC.insert($0.value).inserted }
            // In order of appearance, each removed number with the first added one of its kind.
            var free = added
            for a in removed {
                guard let i = free.firstIndex(where: { $0.unit == a.unit }) else { continue }
                let b = free.remove(at: i)
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
