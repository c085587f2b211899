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
    /// What found it: shared word shingles (a document in the query's language), or shared
    /// names and numbers (a document in another language).
    public var evidence: CorpusEvidence = .shingles
    /// The stored document's language (`Document.language` of the rebuilt document).
    public var language: String { document.language }

    /// The value matches are ordered by, in [0, 1]: `traced` for a match by shingles, the
    /// names-and-numbers score for a match across languages (whose alignment, lacking shared
    /// words, traces sentences of unrelated documents too: on the development set an
    /// unrelated English article traces 40–80% of a Russian or Arabic copy).
    public var rank: Double {
        switch evidence {
        case .shingles: return traced
        case .namesAndNumbers(_, let score): return score
        }
    }
}

/// The evidence a corpus match was found by.
public enum CorpusEvidence: Sendable, Equatable {
    /// Word shingles shared with the query (MinHash sketch and LSH bands).
    case shingles
    /// Names and numbers shared with a query in another language (`NameSketch`): how many keys
    /// are shared and the score, in [0, 1] (`Corpus.nameMatches`).
    case namesAndNumbers(shared: Int, score: Double)
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
    /// Documents in another language than the query, ranked by shared names and numbers, whose
    /// scores are computed (most shared weight first). 100: a translation shares its rarest
    /// names with its source, so it is among the first by shared weight; the rest bounds the
    /// work when the query's names are common in the corpus.
    public var acrossPool: Int = 100
    /// A match across languages shares at least this many names-and-numbers keys with the
    /// query. 3: one or two shared names (a country, a president) are the topic, not the source.
    public var acrossMinShared: Int = 3
    /// A match across languages has at least this names-and-numbers score (`Corpus.nameMatches`,
    /// in [0, 1]). 0.2: measured on the development set (docs/corpus.md: the three translated
    /// copies of devtexts-xl against 22 English originals), a translation scores 0.40–0.74
    /// against its source and the best unrelated document 0.13–0.16.
    public var acrossMinScore: Double = 0.2
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
        var exclude = options.exclude
        if let selfID = try id(sha256: query.source.sha256) { exclude.insert(selfID) }
        var out = try findByShingles(query, exclude: exclude, options: options)
        exclude.formUnion(out.map(\.entry.id))
        out += try findAcrossLanguages(query, exclude: exclude, options: options)
        out.sort { ($0.rank, $0.jaccard, -$0.entry.id) > ($1.rank, $1.jaccard, -$1.entry.id) }
        return Array(out.prefix(options.top))
    }

    /// Same-language matches: LSH candidates ranked by containment, confirmed by alignment.
    func findByShingles(_ query: Document, exclude: Set<Int64>, options: FindOptions) throws -> [CorpusMatch] {
        let sketch = MinHashSketch(query, parameters)
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
        return out
    }

    /// Matches in other languages than the query's: stored documents ranked by the names and
    /// numbers they share with it (`nameMatches`), the best `top` aligned with the query for
    /// their report. Nothing when every stored document is in the query's language.
    func findAcrossLanguages(_ query: Document, exclude: Set<Int64>, options: FindOptions) throws -> [CorpusMatch] {
        var hits = try nameMatches(NameSketch(query), exclude: exclude, pool: options.acrossPool)
            .filter { $0.shared >= options.acrossMinShared && $0.score >= options.acrossMinScore }
        guard !hits.isEmpty else { return [] }
        var entries = try entries(ids: hits.map(\.id))
        if let role = options.role { entries = entries.filter { $0.value.role == role } }
        hits = Array(hits.filter { entries[$0.id] != nil }.prefix(options.top))
        let docs = try hits.map { try document(id: $0.id) }
        let reports = ParallelMap.map(docs) { Comparison.compare($0, query) }
        var out: [CorpusMatch] = []
        for (i, h) in hits.enumerated() where reports[i].summary.traced >= options.minTraced && reports[i].summary.traced > 0 {
            out.append(CorpusMatch(entry: entries[h.id]!, traced: reports[i].summary.traced, jaccard: 0, containment: 0, bands: 0,
                                   report: reports[i], document: docs[i], evidence: .namesAndNumbers(shared: h.shared, score: h.score)))
        }
        return out
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

extension Corpus {
    /// A key held by more stored documents than this share of the corpus (and more than
    /// `commonKeyFloor`) is left out of the names-and-numbers score: it is the corpus's
    /// topic ("#2", Putin in a corpus about Russia), weighs little, and its postings would be
    /// read for every query. 0.1 of the corpus, never under 50 documents.
    static let commonKeyShare = 0.1
    static let commonKeyFloor = 50

    /// Stored documents in another language than `query`'s that share names-and-numbers keys
    /// with it, best first, by a cosine over the shared keys weighted by rarity:
    ///
    ///     score = Σ_shared idf(k) / √(Σ_query idf(k) · Σ_document idf(k)),   idf(k) = ln(1 + N / df(k))
    ///
    /// for N documents with a names sketch and df(k) of them holding k, in [0, 1] (1: the same
    /// keys). Candidates come from the `name_keys` index (every document holding one of the
    /// query's keys, the most common keys left out); the `pool` with the most shared weight
    /// are scored.
    ///
    /// - Complexity: O(Σ df(k)) index rows over the query's keys, and O(pool · keys) for the scores.
    public func nameMatches(_ query: NameSketch, exclude: Set<Int64> = [], pool: Int = 100) throws -> [(id: Int64, shared: Int, score: Double)] {
        guard !query.keys.isEmpty else { return [] }
        return try guarded {
            try db.read { db in
                let n = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM name_sketches") ?? 0
                guard n > 0 else { return [] }
                let cap = max(Corpus.commonKeyFloor, Int(Double(n) * Corpus.commonKeyShare))
                let dfStmt = try db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM name_keys WHERE key = ? LIMIT ?)")
                var idfs: [String: Double] = [:]
                /// nil for a key nobody holds or too common a key.
                func idf(_ k: String) throws -> Double? {
                    if let v = idfs[k] { return v > 0 ? v : nil }
                    let df = try Int.fetchOne(dfStmt, arguments: [k, cap + 1]) ?? 0
                    let v = df == 0 || df > cap ? 0 : log(1 + Double(n) / Double(df))
                    idfs[k] = v
                    return v > 0 ? v : nil
                }
                var shared: [Int64: (count: Int, weight: Double)] = [:]
                var queryWeight = 0.0
                let post = try db.cachedStatement(sql: """
                    SELECT k.doc_id FROM name_keys k JOIN name_sketches s ON s.doc_id = k.doc_id
                    WHERE k.key = ? AND s.language != ?
                    """)
                for k in query.keys {
                    guard let w = try idf(k) else { continue }
                    queryWeight += w
                    for id in try Int64.fetchAll(post, arguments: [k, query.language]) where !exclude.contains(id) {
                        shared[id, default: (0, 0)].count += 1
                        shared[id, default: (0, 0)].weight += w
                    }
                }
                guard queryWeight > 0 else { return [] }
                let cands = shared.sorted { ($0.value.weight, -$0.key) > ($1.value.weight, -$1.key) }.prefix(pool)
                let keysOf = try db.cachedStatement(sql: "SELECT key FROM name_keys WHERE doc_id = ?")
                var out: [(id: Int64, shared: Int, score: Double)] = []
                for (id, s) in cands {
                    var w = 0.0
                    for k in try String.fetchAll(keysOf, arguments: [id]) { w += try idf(k) ?? 0 }
                    guard w > 0 else { continue }
                    out.append((id, s.count, s.weight / (queryWeight * w).squareRoot()))
                }
                return out.sorted { ($0.score, -$0.id) > ($1.score, -$1.id) }
            }
        }
    }
}
