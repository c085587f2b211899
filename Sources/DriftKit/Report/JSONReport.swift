/// The `drift.report/3` JSON report (specified in docs/json-format.md), written as it is
/// produced: `write` walks the report once and streams it through a `ReportWriter`, so memory
/// stays at the report's data (no JSON tree, no whole-report string).
public enum JSONReport {
    public static let schema = "drift.report/3"

    /// Which sentences carry their `text` (the report's top-level `sentence_text`).
    public enum SentenceText: String, Sendable, CaseIterable {
        /// Every sentence of every document: what readers that look sentences up by text
        /// need (the gold scorer, ../shared/eval/score.py, reads every sentence's text).
        case all
        /// Not the copy sentences of `identical` entries, whose text is the original
        /// sentence's at the same place in the entry, byte for byte: about half the size of
        /// a report on a copy that keeps most of its original.
        case unshared
    }

    /// Writes the report; with `check`, a top-level `check` object says what `drift check`
    /// gated on; `extra` members are appended at the end of the top-level object (`drift batch`
    /// adds the line's `id`). With `pretty`, the layout of `JSON.serialized(pretty: true)`,
    /// ending with a line end; without it, one line and no line end. `sentenceText` says which
    /// sentences carry their text.
    ///
    /// - Complexity: O(size of the report); memory O(1) beyond the writer's buffer (and a
    ///   bit per copy sentence with `.unshared`).
    public static func write(_ r: Report, check: CheckPolicy.Result? = nil, extra: [(String, JSON)] = [],
                             to w: ReportWriter, pretty: Bool = true, sentenceText: SentenceText = .all) {
        var j = JSONWriter(w, pretty: pretty)
        j.object { j in
            j.key("schema"); j.string(schema)
            j.key("tool"); j.object { j in j.key("name"); j.string("drift"); j.key("version"); j.string(DriftVersion.string) }
            j.key("sentence_text"); j.string(sentenceText.rawValue)
            j.key("original"); j.object { j in documentFields(r.original, zones: r.originalZones, &j) }
            j.key("copies"); j.array { j in
                for c in r.copies {
                    copy(c, r.original, sentenceText == .unshared ? shared(c.alignment, r.original, c.document) : nil, &j)
                }
            }
            if let col = r.collation { collation(col, &j) }
            if let c = check {
                j.key("check"); j.object { j in
                    j.key("fail_on"); j.array(flat: true) { j in for k in Finding.Kind.allCases where c.policy.kinds.contains(k) { j.string(k.rawValue) } }
                    j.key("min_severity"); j.string(c.policy.minSeverity.rawValue)
                    j.key("failed"); j.bool(c.failed)
                    j.key("failing"); j.array(flat: c.failing.isEmpty) { j in for f in c.failing { j.array(flat: true) { j in for i in f { j.int(i) } } } }
                }
            }
            for (k, v) in extra { j.key(string: k); j.value(v) }
        }
        if pretty { w.write(byte: 10) }
    }

    /// The report as a string (small reports, tests; large ones go through `write`).
    public static func string(_ r: Report, check: CheckPolicy.Result? = nil, pretty: Bool = true,
                              sentenceText: SentenceText = .all) -> String {
        let w = ReportWriter.inMemory()
        write(r, check: check, to: w, pretty: pretty, sentenceText: sentenceText)
        return w.string
    }

    static func collation(_ col: Collation, _ j: inout JSONWriter) {
        j.key("collation"); j.object { j in
            j.key("rows"); j.array(lines: true) { j in
                for row in col.rows {
                    j.object { j in
                        j.key("original"); j.int(row.original)
                        j.key("copies"); j.array { j in
                            for c in row.cells {
                                j.object { j in
                                    j.key("relation"); j.string(c.relation)
                                    j.key("alignment_index"); if let b = c.bead { j.int(b) } else { j.null() }
                                }
                            }
                        }
                    }
                }
            }
            j.key("provenance"); j.array(lines: true) { j in
                for h in col.hints {
                    j.object { j in
                        j.key("copies"); j.array(flat: true) { j in j.int(h.a); j.int(h.b) }
                        j.key("shared"); j.int(h.shared)
                        j.key("shared_insertions"); j.int(h.sharedInsertions)
                        j.key("shared_renames"); j.int(h.sharedRenames)
                        j.key("shared_rewordings"); j.int(h.sharedRewordings)
                        j.key("derived")
                        if let d = h.derived {
                            let p = d.split(separator: " ")
                            j.object { j in j.key("copy"); j.int(Int(p[0])! - 1); j.key("from"); j.int(Int(p[2])! - 1) }
                        } else { j.null() }
                        j.key("examples"); j.array(flat: true) { j in for e in h.examples { j.string(e) } }
                        j.key("message"); j.string(h.message)
                    }
                }
            }
        }
    }

    /// The copy sentences whose text is an original sentence's, byte for byte, at the same
    /// place in an `identical` entry (with `.unshared`, they carry no `text`).
    static func shared(_ a: Alignment, _ o: Document, _ c: Document) -> [Bool] {
        var out = [Bool](repeating: false, count: c.sentences.count)
        for b in a.beads where b.relation == .identical && b.original.count == b.copy.count {
            for (i, k) in zip(b.original, b.copy) {
                let os = o.sentences[i], cs = c.sentences[k]
                out[k] = o.source.text[os.start..<os.end] == c.source.text[cs.start..<cs.end]
            }
        }
        return out
    }

    /// A document's fields; `omitText` marks the sentences written without `text`.
    static func documentFields(_ d: Document, zones: [Zone], omitText: [Bool]? = nil, _ j: inout JSONWriter) {
        j.key("path"); j.string(d.path)
        j.key("encoding"); j.string(d.source.encoding)
        j.key("format"); j.string(d.source.format.rawValue)
        j.key("language"); j.string(d.language)
        j.key("sha256"); j.string(d.source.sha256)
        j.key("bytes"); j.int(d.source.byteCount)
        j.key("metadata"); j.object { j in for (k, v) in d.source.metadata { j.key(string: k); j.string(v) } }
        // The sentences read through a buffer and the text held apart: the closures below
        // capture no `Document` (copying one for each sentence, and a sentence with its
        // tokens, was a fifth of this writer's time on the 100k pair: perf, 2026-12-03).
        // Written on every core when there are many (`JSONWriter.elements`).
        let text = d.source.text
        d.sentences.withUnsafeBufferPointer { sentences in
            j.key("sentences"); j.array(lines: true) { j in
                j.elements(sentences.count) { k, j in
                    let id = sentences[k].id, start = sentences[k].start, end = sentences[k].end
                    j.object { j in
                        j.key("id"); j.int(id)
                        j.key("start"); j.int(start)
                        j.key("end"); j.int(end)
                        if omitText?[id] != true { j.key("text"); j.string(utf8: text[start..<end]) }
                        // Most sentences are body text: only the other zones are written.
                        if zones[id] != .body { j.key("zone"); j.string(zones[id].rawValue) }
                    }
                }
            }
        }
    }

    static func span(_ s: Span?, _ j: inout JSONWriter) {
        guard let s else { j.null(); return }
        j.object { j in j.key("start"); j.int(s.start); j.key("end"); j.int(s.end); j.key("text"); j.string(s.text) }
    }

    static func copy(_ c: CopyReport, _ o: Document, _ omitText: [Bool]?, _ j: inout JSONWriter) {
        j.object { j in
            documentFields(c.document, zones: c.zones, omitText: omitText, &j)
            // What the entries read of the two documents, held apart: a closure that captures
            // a `Document` copies it (a dozen references retained and released) at each call.
            let beads = c.alignment.beads, sides = (Sentences(o), Sentences(c.document))
            j.key("alignment"); j.array(lines: true) { j in j.elements(beads.count) { k, j in bead(beads[k], sides.0, sides.1, &j) } }
            j.key("findings"); j.array(lines: true) { j in for f in c.findings { finding(f, &j) } }
            let s = c.summary
            j.key("summary"); j.object { j in
                j.key("original_sentences"); j.int(s.originalSentences)
                j.key("copy_sentences"); j.int(s.copySentences)
                j.key("kept"); j.int(s.kept)
                j.key("edited"); j.int(s.edited)
                j.key("reworded"); j.int(s.reworded)
                j.key("moved"); j.int(s.moved)
                j.key("dropped"); j.int(s.dropped)
                j.key("duplicated"); j.int(s.duplicated)
                j.key("added"); j.int(s.added)
                j.key("traced"); j.double(s.traced)
                j.key("similarity"); j.double(s.similarity)
                j.key("typography_only"); j.bool(s.typographyOnly)
                j.key("findings"); j.object { j in
                    for sev in Finding.Severity.allCases { j.key(string: sev.rawValue); j.int(c.findings.count { $0.severity == sev }) }
                }
                j.key("unrelated"); j.string(c.unrelated)
            }
            j.key("notes"); j.array(flat: true) { j in for n in c.alignment.notes { j.string(n) } }
        }
    }

    /// What an alignment entry reads of a document: its text and its sentences.
    struct Sentences {
        let text: [UInt8], sentences: [Sentence]
        init(_ d: Document) { text = d.source.text; sentences = d.sentences }
    }

    static func bead(_ b: Bead, _ o: Sentences, _ c: Sentences, _ j: inout JSONWriter) {
        j.object { j in
            j.key("original"); j.array(flat: true) { j in for i in b.original { j.int(i) } }
            j.key("copy"); j.array(flat: true) { j in for i in b.copy { j.int(i) } }
            j.key("relation"); j.string(b.relation.rawValue)
            // An identical entry's two sides are its sentences, byte for byte: no similarity
            // (it is 1) and no diff.
            if b.relation != .identical { j.key("similarity"); j.double(b.similarity) }
            if let d = b.duplicateOf { j.key("duplicate_of"); j.array(flat: true) { j in for i in d { j.int(i) } } }
            guard b.relation != .identical else { return }
            j.key("diff"); j.array { j in
                for op in b.diff {
                    j.object { j in
                        j.key("op"); j.string(op.op.rawValue)
                        // Equal and typography spans carry offsets only (their text is in the
                        // sentences); deletions and insertions carry their text, and so does a
                        // typography span that crosses from one sentence into the next (the
                        // white space between sentences is in no sentence's text).
                        let withText = op.op == .delete || op.op == .insert
                        j.key("original"); range(op.original, o, withText || (op.op == .typography && !withinOne(op.original, b.original, o)), &j)
                        j.key("copy"); range(op.copy, c, withText || (op.op == .typography && !withinOne(op.copy, b.copy, c)), &j)
                    }
                }
            }
        }
    }

    /// Whether a span lies inside one of the given sentences.
    static func withinOne(_ r: Range<Int>?, _ ids: [Int], _ d: Sentences) -> Bool {
        guard let r else { return true }
        return ids.contains { d.sentences[$0].start <= r.lowerBound && r.upperBound <= d.sentences[$0].end }
    }

    static func range(_ r: Range<Int>?, _ d: Sentences, _ withText: Bool, _ j: inout JSONWriter) {
        guard let r else { j.null(); return }
        j.object { j in
            j.key("start"); j.int(r.lowerBound)
            j.key("end"); j.int(r.upperBound)
            if withText { j.key("text"); j.string(utf8: d.text[r]) }
        }
    }

    static func finding(_ f: Finding, _ j: inout JSONWriter) {
        j.object { j in
            j.key("kind"); j.string(f.kind.rawValue)
            j.key("severity"); j.string(f.severity.rawValue)
            j.key("confidence"); j.double(f.confidence)
            j.key("original"); span(f.original, &j)
            j.key("copy"); span(f.copy, &j)
            if let from = f.from { j.key("from"); j.string(from) }
            if let to = f.to { j.key("to"); j.string(to) }
            j.key("message"); j.string(f.message)
            j.key("evidence"); j.object { j in
                j.key("rule"); j.string(f.rule)
                j.key("why"); j.string(f.why)
                j.key("words"); j.array(flat: true) { j in for w in f.words { j.string(w) } }
            }
            if !f.occurrences.isEmpty { j.key("occurrences"); j.array { j in for o in f.occurrences { span(o, &j) } } }
            if let b = f.bead { j.key("alignment_index"); j.int(b) }
        }
    }
}
