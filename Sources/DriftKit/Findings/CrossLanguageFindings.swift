/// Findings for a copy in another language than its original (`Document.language` differs).
/// A word diff across languages marks every word as changed, so the detectors that read
/// diffs (claim, quote and name changes, clause insertions and omissions) do not run; these do:
/// - insertion and omission of whole sentences (`InsertionDetector`, `OmissionDetector`
///   without their clause rules);
/// - inserted-note: a note signed in the copy's language ("Прим. ред.", "— Прим. ИноСМИ",
///   "N.d.R.", "Anm. d. Red.", "ملاحظة المحرر") inside an aligned or an inserted sentence;
/// - number-change: an aligned pair whose numbers differ on both sides (digits of any script,
///   separators ignored: "1,000" and "1 000" are the same number);
/// - boilerplate (`BoilerplateDetector`).
enum CrossLanguageFindings {

    static func detect(_ ctx: FindingContext, claimed: inout Set<Int>) -> [Finding] {
        var out: [Finding] = []
        out += BoilerplateDetector.detect(ctx, claimed: &claimed)
        let notes = self.notes(ctx, claimed: &claimed)
        out += notes
        out += InsertionDetector.detect(ctx, claimed: claimed, notes: notes.compactMap(\.copy), clauses: false)
        out += OmissionDetector.detect(ctx, clauseRules: false)
        out += numbers(ctx)
        return out
    }

    static func marker(in text: String) -> String? {
        let l = text.lowercased()
        return Vocabulary.translatedNoteMarkers.first { l.contains($0) }
    }

    static func notes(_ ctx: FindingContext, claimed: inout Set<Int>) -> [Finding] {
        var out: [Finding] = []
        let beads = ctx.al.beads
        for (k, b) in beads.enumerated() where !b.copy.isEmpty && b.duplicateOf == nil {
            for j in b.copy where !claimed.contains(j) {
                let s = ctx.c.sentences[j]
                let text = ctx.c.text(of: s)
                if let m = marker(in: text) {
                    // The note: the bracket group holding the signature, else from the dash or
                    // bracket before it to the sentence end, else the whole sentence.
                    var r = s.start..<s.end
                    let toks = s.tokens
                    if let at = text.lowercased().range(of: m) {
                        let off = s.start + text.lowercased()[..<at.lowerBound].utf8.count
                        if let g = InsertedNoteDetector.groups(toks).first(where: { toks[$0.lowerBound].start <= off && off < toks[$0.upperBound - 1].end }) {
                            r = toks[g.lowerBound].start..<toks[g.upperBound - 1].end
                        } else if b.original.isEmpty == false, let d = toks.lastIndex(where: { $0.start <= off && $0.kind == .punctuation && ["-", "(", "["].contains($0.key) }) {
                            r = toks[d].start..<s.end
                        }
                    }
                    var f = Finding(Rules.insertedNoteSigned, weaker: true, original: b.original.isEmpty ? nil : ctx.originalSpan(b), copy: ctx.span(ctx.c, r),
                                    message: "an editor's or translator's note added by the re-publisher",
                                    why: "it carries a note signature (“\(m)”) that the original does not have")
                    f.words = [m]
                    f.bead = k
                    out.append(f)
                    if b.original.isEmpty { claimed.insert(j) }
                    continue
                }
            }
        }
        return out
    }

    /// The numbers of some tokens, as digit strings (any script's digits; separators dropped).
    static func numbers(_ ts: [Token]) -> [String] {
        var out: [String] = []
        for t in ts {
            if t.kind == .number || (t.kind == .word && t.key.unicodeScalars.allSatisfy { $0.properties.numericType != nil || $0 == "." || $0 == "," }) {
                let d = CrossLanguage.Tagger.asciiDigits(t.key).filter(\.isASCII).filter(\.isNumber)
                if !d.isEmpty { out.append(d) }
            } else if t.kind == .word, let n = Vocabulary.numberWords[t.key], n.allSatisfy(\.isNumber) {
                out.append(n)
            }
        }
        return out
    }

    static func numbers(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        for (k, b) in ctx.al.beads.enumerated() where !b.original.isEmpty && !b.copy.isEmpty {
            let on = numbers(ctx.tokens(ctx.o, b.original)), cn = numbers(ctx.tokens(ctx.c, b.copy))
            let onlyO = on.filter { !cn.contains($0) }, onlyC = cn.filter { !on.contains($0) }
            guard !onlyO.isEmpty, !onlyC.isEmpty else { continue }
            var f = Finding(Rules.numberChangeCrossLanguage, original: ctx.originalSpan(b), copy: ctx.copySpan(b),
                            from: onlyO.joined(separator: ", "), to: onlyC.joined(separator: ", "),
                            message: "the translation has \(onlyC.joined(separator: ", ")) where the original has \(onlyO.joined(separator: ", "))",
                            why: "numbers of the aligned sentences differ on both sides (digits compared, any script)")
            f.words = onlyO + onlyC
            f.bead = k
            out.append(f)
        }
        return out
    }
}
