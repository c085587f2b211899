import Foundation

/// The one route through DriftKit: documents in, a `Report` out. Every `drift compare` (and
/// the corpus search, the fuzz target, the benchmarks) goes through here, phase by phase,
/// as xdiff's `xdl_diff` does; each phase lives in its own room and no room calls the next:
///
///     load       Document.load                 Input, then Text   (Loading.swift)
///     zones      Document.zones                Text
///     align      Aligner.align                 Align: which sentences pair
///     word diff  WordDiff.diff                 Diff: how each pair's words differ
///     relations  Relations.classify            Align: what each pair's diff amounts to
///     summary    Summary.of                    (Summarize.swift)
///     findings   Detectors.run                 Findings
///     collation  Collation.of                  Report (two copies or more)
///     report     Report / CopyReport           Report: data; renderers are sinks
public enum Comparison {
    /// Copies traced below this share (of their sentences) are reported as unrelated to the
    /// original instead of as a pile of insertions — if they also carry little of the
    /// original (`unrelatedCarried`). 0.2: a repost with heavy commentary still traces 40% or
    /// more on the seeds; an unrelated article on the same topic traces under 10% (chance
    /// matches of a few sentences).
    static let unrelatedShare = 0.2

    /// ... and copies that carry at least this share of the original's sentences are never
    /// unrelated, however much other text surrounds them: otherwise padding a faithful copy
    /// with five times its length of other text would turn the detectors off (issue #12).
    /// 0.2, the same scale as `unrelatedShare`: the unrelated article among the samples
    /// (Washington Post against the CNN original) carries 1 of 80 original sentences (chance matches),
    /// while the most loosely related real copy (the InoSMI retranslation) carries 0.8 or more.
    static let unrelatedCarried = 0.2

    /// Aligns each copy with the original and runs the finding detectors. Copies are
    /// processed in parallel; the result keeps their order.
    public static func run(original: Document, copies: [Document], options: CompareOptions = .init()) -> Report {
        let probe = options.probe
        if probe == nil && copies.count == 1 {
            // One copy (the common case): the zones of both documents are classified, and
            // their names indexed for the detectors (with the name phrases the renames read of
            // each whole document, between documents of one language), on one core while the
            // sentences are paired on this thread (whose aligner spreads its parallel parts
            // over every core: `ParallelMap.beside`); the word diffs of the pairs, then the
            // detectors, run on both.
            let copy = copies[0]
            let (prepared, paired) = ParallelMap.beside({ () -> Unchecked<([Zone], [Zone], NameIndex)> in
                var names = NameIndex(original, copy)
                if original.language == copy.language { names.documentPhrases = NameChangeDetector.DocumentPhrases(names) }
                return Unchecked((original.zones(), copy.zones(), names))
            }, { Aligner(options: options.align).align(original, copy) })
            let zones = (prepared.value.0, prepared.value.1), names: NameIndex? = prepared.value.2
            var alignment = paired
            WordDiff.diffInParallel(&alignment, original, copy, isContentWord: isContentWord)
            Relations.classify(&alignment, original, copy)
            let report = compare(original, copy, options: options, originalZones: zones.0, copyZones: zones.1, names: names, alignment: alignment)
            return Report(original: original, copies: [report], originalZones: zones.0, collation: nil)
        }
        let originalZones = probe.measure("zones") { original.zones() }
        let reports = probe != nil ? copies.map { compare(original, $0, options: options, originalZones: originalZones) }
            : ParallelMap.map(copies) { copy -> CopyReport in compare(original, copy, options: options, originalZones: originalZones) }
        let collation = reports.count > 1 ? probe.measure("collation") { Collation.of(original, reports) } : nil
        return Report(original: original, copies: reports, originalZones: originalZones, collation: collation)
    }

    /// One copy against the original; `originalZones` saves classifying the original again
    /// for each copy.
    public static func compare(_ original: Document, _ copy: Document, options: CompareOptions = .init(), originalZones: [Zone]? = nil) -> CopyReport {
        let probe = options.probe
        let originalZones = originalZones ?? original.zones()
        let copyZones = probe.measure("zones") { copy.zones() }
        let alignment = align(original, copy, options: options.align, probe: probe)
        return compare(original, copy, options: options, originalZones: originalZones, copyZones: copyZones, alignment: alignment)
    }

    /// The rest of `compare` once the zones and the alignment are made (and the name index,
    /// when the caller built it).
    static func compare(_ original: Document, _ copy: Document, options: CompareOptions, originalZones: [Zone], copyZones: [Zone],
                        names: NameIndex? = nil, alignment: Alignment) -> CopyReport {
        let probe = options.probe
        var summary = Summary.of(alignment, original: original.sentences.count, copy: copy.sentences.count)
        let unrelated = unrelatedReason(summary, copy: copy)
        let findings = Detectors.run(original: original, copy: copy, alignment: alignment, unrelated: unrelated != nil,
                                     originalZones: originalZones, copyZones: copyZones, names: names, probe: probe)
        summary.hidden = findings.filter { $0.kind == .hiddenText }.count
        return CopyReport(document: copy, zones: copyZones, alignment: alignment, findings: findings, summary: summary, unrelated: unrelated)
    }

    /// The alignment as the rest of drift reads it: sentence pairs, then each pair's word
    /// diff, then each pair's relation.
    public static func align(_ original: Document, _ copy: Document, options: AlignOptions = .init(), probe: PhaseProbe? = nil) -> Alignment {
        var alignment = probe.measure("align") { Aligner(options: options).align(original, copy) }
        probe.measure("word diff") { WordDiff.diff(&alignment, original, copy, isContentWord: isContentWord) }
        probe.measure("relations") { Relations.classify(&alignment, original, copy) }
        return alignment
    }

    /// The words the word diff anchors on: not function words (the aligner's stop list, so
    /// that both phases agree on what a content word is).
    @Sendable static func isContentWord(_ t: Token) -> Bool { !Vocabulary.stopWords.contains(t.key) }

    /// Why a copy that barely traces to the original is not treated as a copy of it, or nil.
    static func unrelatedReason(_ summary: Summary, copy: Document) -> String? {
        guard summary.traced < unrelatedShare && summary.carried < unrelatedCarried && copy.sentences.count >= 5 else { return nil }
        return String(format: "only %.0f%% of the copy's sentences (%d of %d) trace to the original: this does not look like a copy of it",
                      summary.traced * 100, Int((summary.traced * Double(copy.sentences.count)).rounded()), copy.sentences.count)
    }
}
