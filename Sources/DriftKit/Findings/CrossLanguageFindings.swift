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

    static func marker(in text: String) -> String? {
        let l = text.lowercased()
        return Vocabulary.translatedNoteMarkers.first { l.contains($0) }
    }

    /// Every signed note, one per copy sentence; `explains` names the sentence (`Reconcile`
    /// drops the notes of sentences that are furniture or repeats).
    static func notes(_ ctx: FindingContext) -> [Finding] {
        var out: [Finding] = []
        let beads = ctx.alignment.beads
        for (k, b) in beads.enumerated() where !b.copy.isEmpty && b.duplicateOf == nil {
            for j in b.copy {
                let s = ctx.copy.sentences[j]
                let text = ctx.copy.text(of: s)
                if let m = marker(in: text) {
                    // The note: the bracket group holding the signature, else from the dash or
                    // bracket before it to the sentence end, else the whole sentence.
                    var r = s.start..<s.end
                    let toks = s.tokens
                    if let at = text.lowercased().range(of: m) {
                        let off = s.start + text.lowercased()[..<at.lowerBound].utf8.count
                        if let g = Brackets.groups(toks).first(where: { toks[$0.lowerBound].start <= off && off < toks[$0.upperBound - 1].end }) {
                            r = toks[g.lowerBound].start..<toks[g.upperBound - 1].end
                        } else if b.original.isEmpty == false, let d = toks.lastIndex(where: { $0.start <= off && $0.kind == .punctuation && ["-", "(", "["].contains($0.key) }) {
                            r = toks[d].start..<s.end
                        }
                    }
                    var f = Finding(Rules.insertedNoteSigned, weaker: true, original: b.original.isEmpty ? nil : ctx.originalSpan(b), copy: ctx.span(ctx.copy, r),
                                    message: "an editor's or translator's note added by the re-publisher",
                                    why: "it carries a note signature (“\(m)”) that the original does not have")
                    f.words = [m]
                    f.bead = k
                    f.explains = [j]
                    out.append(f)
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
        for (k, b) in ctx.alignment.beads.enumerated() where !b.original.isEmpty && !b.copy.isEmpty {
            let on = numbers(ctx.tokens(ctx.original, b.original)), cn = numbers(ctx.tokens(ctx.copy, b.copy))
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

/// `inserted-note` across languages: notes signed in the copy's language.
enum CrossLanguageNoteDetector: Detector {
    static let phase = "inserted-note (cross-language)"
    static func detect(_ ctx: FindingContext) -> [Finding] { CrossLanguageFindings.notes(ctx) + InsertedNoteDetector.introductions(ctx) }
}

/// `number-change` across languages: aligned pairs whose numbers differ on both sides.
enum CrossLanguageNumberDetector: Detector {
    static let phase = "number-change (cross-language)"
    static func detect(_ ctx: FindingContext) -> [Finding] { CrossLanguageFindings.numbers(ctx) }
}
