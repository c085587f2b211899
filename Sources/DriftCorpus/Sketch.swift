import DriftKit

/// The parameters of the near-duplicate sketch. A corpus records the ones it was built with
/// (table `corpus_info`); opening it with other parameters is an error, because sketches made
/// with different parameters cannot be compared.
public struct SketchParameters: Sendable, Equatable, CustomStringConvertible {
    /// Words per shingle (a run of consecutive word and number tokens, by matching key).
    /// 5: long enough that two unrelated news articles share almost none (on the seeds, the
    /// Washington Post article shares 0.5% of its 5-shingles with the CNN original), short
    /// enough that a sentence with one changed word still keeps shingles away from the change.
    public var shingleWords: Int
    /// MinHash values per document. 128: the estimated Jaccard's standard error is
    /// √(J(1−J)/128) ≤ 0.044; a sketch is 512 bytes.
    public var hashes: Int
    /// Rows (hash values) per LSH band; `hashes / rows` bands. 1 (128 bands of one value): a
    /// document is a candidate when any of its 128 minimum values equals the query's, with
    /// probability 1 − (1 − J)¹²⁸ — 0.9986 at J = 0.05. Measured on the seeds: the InoSMI
    /// retranslation has J ≈ 0.10 with its original (2 rows and 64 bands would miss it about
    /// half the time: 1 − (1 − J²)⁶⁴ ≈ 0.46), the blog repost J ≈ 0.48, an unrelated article
    /// on the same topic J ≈ 0.003 (a candidate about a third of the time). The false
    /// candidates this lets in are ranked out by estimated containment and by the alignment
    /// that confirms them; `FindOptions.pool` bounds their number.
    public var rows: Int
    /// Seed of the hash family (fixed: sketches must be the same in every run).
    public var seed: UInt64

    public static let standard = SketchParameters(shingleWords: 5, hashes: 128, rows: 1, seed: 0x6472_6966_7431)

    public var bands: Int { hashes / rows }
    public var description: String { "shingle=\(shingleWords) hashes=\(hashes) rows=\(rows) seed=\(seed)" }
}

/// A MinHash sketch of a document's word shingles.
///
/// `"Talks ended without a deal on Monday"` → the 5-shingles
/// `talks ended without a deal`, `ended without a deal on`, `without a deal on monday`, each
/// hashed to 64 bits, and for each of the `hashes` hash functions the least value (its low 32
/// bits) kept. Two sketches agree in a position with probability equal to the Jaccard
/// similarity of the two shingle sets.
///
/// - Complexity: O(w · k) for w words and k hash functions.
public struct MinHashSketch: Sendable, Equatable {
    /// The minimum per hash function; `UInt32.max` everywhere for a document without words.
    public var values: [UInt32]
    /// Distinct shingles in the document (for the containment estimate).
    public var shingleCount: Int

    public init(values: [UInt32], shingleCount: Int) { self.values = values; self.shingleCount = shingleCount }

    /// The sketch of a segmented document: word and number tokens by matching key
    /// (case-folded, typography folded), shingled across sentence boundaries.
    public init(_ doc: Document, _ p: SketchParameters = .standard) {
        var keys: [String] = []
        for s in doc.sentences { for t in s.tokens where t.kind != .punctuation { keys.append(t.key) } }
        self.init(keys: keys, p)
    }

    public init(keys: [String], _ p: SketchParameters = .standard) {
        let wordHashes = keys.map { MinHashSketch.fnv1a($0) }
        var shingles = Set<UInt64>()
        if !wordHashes.isEmpty {
            let w = min(p.shingleWords, wordHashes.count)
            for i in 0...(wordHashes.count - w) {
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for j in i..<(i + w) { h = MinHashSketch.mix(h ^ wordHashes[j]) }
                shingles.insert(h)
            }
        }
        let seeds = MinHashSketch.seeds(p)
        var mins = [UInt32](repeating: .max, count: p.hashes)
        for s in shingles {
            for k in 0..<p.hashes {
                let v = UInt32(truncatingIfNeeded: MinHashSketch.mix(s ^ seeds[k]))
                if v < mins[k] { mins[k] = v }
            }
        }
        values = mins
        shingleCount = shingles.count
    }

    public var isEmpty: Bool { shingleCount == 0 }

    /// Estimated Jaccard similarity of the two shingle sets, in [0, 1]: the share of positions
    /// where the sketches agree.
    public func jaccard(_ o: MinHashSketch) -> Double {
        guard !isEmpty, !o.isEmpty, values.count == o.values.count else { return 0 }
        var same = 0
        for i in values.indices where values[i] == o.values[i] { same += 1 }
        return Double(same) / Double(values.count)
    }

    /// Estimated share of this document's shingles that also occur in `o`, in [0, 1]:
    /// |A∩B| = J/(1+J) · (|A|+|B|), divided by |A|.
    public func containment(in o: MinHashSketch) -> Double {
        let j = jaccard(o)
        guard j > 0, shingleCount > 0 else { return 0 }
        let inter = j / (1 + j) * Double(shingleCount + o.shingleCount)
        return min(1, inter / Double(shingleCount))
    }

    /// The LSH bucket of each band: band `b` covers values `b·rows ..< (b+1)·rows`.
    public func buckets(_ p: SketchParameters = .standard) -> [Int64] {
        guard !isEmpty else { return [] }
        return (0..<p.bands).map { b in
            var h: UInt64 = UInt64(b) &* 0x9E37_79B9_7F4A_7C15
            for r in 0..<p.rows { h = MinHashSketch.mix(h ^ UInt64(values[b * p.rows + r])) }
            return Int64(bitPattern: h)
        }
    }

    /// The values as little-endian bytes (the `sketches.hashes` BLOB).
    public var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(values.count * 4)
        for v in values { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) } }
        return out
    }

    public init(bytes: [UInt8], shingleCount: Int) {
        var v = [UInt32]()
        v.reserveCapacity(bytes.count / 4)
        var i = 0
        while i + 3 < bytes.count {
            v.append(UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
            i += 4
        }
        self.init(values: v, shingleCount: shingleCount)
    }

    // MARK: hashing (stable across runs and machines; Swift's Hasher is seeded per process)

    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// splitmix64's finaliser: a bijection on 64 bits with good avalanche.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func seeds(_ p: SketchParameters) -> [UInt64] {
        var s = p.seed
        return (0..<p.hashes).map { _ in s = mix(s); return s }
    }
}

/// The language-independent sketch of a document: the keys of its names and numbers
/// (`NameNumberKeys`: `#2018`, `n:mdfd` for Medvedev/Медведев, `a:BP`), with its language.
/// Stored in `name_sketches` and `name_keys`; `corpus find` ranks the stored documents in
/// another language than the query by the names and numbers they share with it, since a
/// translation shares no word shingles with its source.
///
/// - Complexity: O(tokens) (`NameNumberKeys.keys`).
public struct NameSketch: Sendable, Equatable {
    /// The document's language (`Document.language`): only documents in another language are
    /// ranked by this sketch.
    public var language: String
    /// Distinct keys, sorted.
    public var keys: [String]

    public init(language: String, keys: [String]) { self.language = language; self.keys = keys }
    public init(_ doc: Document) { self.init(language: doc.language, keys: NameNumberKeys.keys(doc)) }
}
