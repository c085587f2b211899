import DriftKit
import Foundation
import GRDB

/// A stored document found for a query, confirmed by alignment.
public struct CorpusMatch: Sendable {
    public var entry: CorpusEntry
    /// Share of the query's sentences that trace to this document (`summary.traced` of
    /// `Comparison.compare(document, query)`), in [0, 1].
    public var traced: Double
    /// Estimated Jaccard similarity of the two documents' shingle sets, in [0, 1].
    public var jaccard: Double
    /// Estimated share of the query's shingles found in this document, in [0, 1].
    public var containment: Double
    /// LSH bands the two sketches share (of `SketchParameters.bands`).
    public var bands: Int
    /// The comparison that confirmed the match: this document as the original, the query as the copy.
    public var report: CopyReport
    /// This document, as rebuilt from the corpus.
    public var document: Document
}

/// Options for `Corpus.find`.
public struct FindOptions: Sendable {
    /// Best matches returned.
    public var top: Int = 5
    /// Candidates confirmed by a real alignment, taken in order of estimated containment.
    /// Scale: alignments per query (each a few milliseconds for a news article). 12: on the
    /// generated test corpus (docs/corpus.md), the right source is always first by estimated
    /// containment; the margin covers real copies, whose shared shingles are cut up by
    /// rewording (a retranslation keeps a tenth of its original's 5-shingles). Never fewer than `top`.
    public var confirm: Int = 12
    /// Band-sharing candidates whose sketches are compared, most bands first. 400: bounds the
    /// work on a query that shares a common passage (site furniture) with much of the corpus.
    public var pool: Int = 400
    /// Only documents of this role (nil: any).
    public var role: CorpusRole? = nil
    /// Documents never returned (e.g. the query itself when it is stored).
    public var exclude: Set<Int64> = []
    /// Matches tracing less than this share of the query's sentences are dropped. 0.2, the
    /// share below which `drift compare` calls a copy unrelated (Comparison.unrelatedShare):
    /// fewer traced sentences are chance matches of a few sentences on the same topic.
    public var minTraced: Double = 0.2
    public init() {}
}

extension Corpus {
    /// The stored documents the query was most likely copied from (or that were copied from
    /// it): candidates from the LSH buckets, pre-ranked by estimated containment of the
    /// query's shingles, then confirmed by aligning each with the query and ranked by the
    /// share of the query's sentences traced to it (ties: estimated Jaccard).
    ///
    /// A stored document with the query's own bytes is skipped: it is the query.
    ///
    /// - Complexity: O(bands) index look-ups, O(pool · hashes) sketch comparisons, and
    ///   `confirm` alignments (run on every core).
    public func find(_ query: Document, options: FindOptions = .init()) throws -> [CorpusMatch] {
        let sketch = MinHashSketch(query, parameters)
        var exclude = options.exclude
        if let selfID = try id(sha256: query.source.sha256) { exclude.insert(selfID) }
        let hits = try bandMatches(sketch).filter { !exclude.contains($0.id) }.prefix(options.pool)
        guard !hits.isEmpty else { return [] }
        let ids = hits.map(\.id)
        let sketches = try sketches(ids: ids)
        var entries = try entries(ids: ids)
        if let role = options.role { entries = entries.filter { $0.value.role == role } }
        struct Candidate { var id: Int64; var bands: Int; var jaccard: Double; var containment: Double }
        var cands: [Candidate] = hits.compactMap { h in
            guard entries[h.id] != nil, let s = sketches[h.id] else { return nil }
            return Candidate(id: h.id, bands: h.bands, jaccard: sketch.jaccard(s), containment: sketch.containment(in: s))
        }
        cands.sort { ($0.containment, $0.jaccard, -$0.id) > ($1.containment, $1.jaccard, -$1.id) }
        let chosen = Array(cands.prefix(max(options.confirm, options.top)))
        let docs = try chosen.map { try document(id: $0.id) }
        let reports = ParallelMap.map(docs) { Comparison.compare($0, query) }
        var out: [CorpusMatch] = []
        for (i, c) in chosen.enumerated() where reports[i].summary.traced >= options.minTraced && reports[i].summary.traced > 0 {
            out.append(CorpusMatch(entry: entries[c.id]!, traced: reports[i].summary.traced, jaccard: c.jaccard,
                                   containment: c.containment, bands: c.bands, report: reports[i], document: docs[i]))
        }
        out.sort { ($0.traced, $0.jaccard, -$0.entry.id) > ($1.traced, $1.jaccard, -$1.entry.id) }
        return Array(out.prefix(options.top))
    }

    /// Entries by id.
    public func entries(ids: [Int64]) throws -> [Int64: CorpusEntry] {
        var out: [Int64: CorpusEntry] = [:]
        try rows(ids: ids, "SELECT \(Corpus.entryColumns) FROM documents WHERE id IN") { r in
            let e = Corpus.entry(r)
            out[e.id] = e
        }
        return out
    }
}
