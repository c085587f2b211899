/// Matching keys by the bytes they were made from, for one document: news text repeats its
/// words, so most tokens find their key here instead of building (and folding) it again.
/// Each key is also numbered (`numbers`: its kind and key, as segmentation gives them to
/// `Token.keyID`), once per spelling kept.
/// Open addressing with linear probing over a power-of-two slot array.
/// - Complexity: O(length of the word) per lookup; at most `maxProbes` slots are looked at, so
///   inputs crafted to collide cost no more than a miss (`maxProbes`).
struct KeyTable {
    /// Distinct spellings kept (default 2^16 = 65,536): beyond it keys are made each time.
    /// Spellings are kept as first seen, so the frequent words of a text are in the table
    /// early. The bound keeps the table (2^17 slots of 32 bytes with their keys, and the
    /// longer spellings' bytes: ~5 MB) near the processor caches: with 2^19 kept, a text of
    /// nothing but distinct words spent half of tokenizing waiting for slot loads (perf, 20 MB).
    let maxEntries: Int
    /// Slots looked at before a lookup counts as a miss and the key is made, not stored
    /// (default 32; with the table at most half full a probe run is ~2 slots on average).
    let maxProbes: Int

    init(maxEntries: Int = 1 << 16, maxProbes: Int = 32) {
        self.maxEntries = maxEntries; self.maxProbes = max(1, maxProbes)
    }

    /// A slot: the hash of a spelling, where its bytes are in `arena` (count -1: empty) and
    /// its key. One slot is one half cache line, read in place: a hit on a spelling of at
    /// most 8 bytes touches nothing else (see `key`), a longer one also its bytes.
    private struct Slot { var hash: UInt64 = 0; var start: Int32 = 0; var count: Int32 = -1; var key: String = ""; var id: Int32 = 0 }
    /// The kinds and keys met, numbered.
    private(set) var numbers = KeyNumbers()
    /// The numbers of the ASCII punctuation keys, by byte (-1: not yet numbered).
    private var punctuationIDs = [Int32](repeating: -1, count: 128)

    /// The number of a punctuation key (`kind` punctuation); `byte` its ASCII byte when it
    /// is one mark of one byte, else nil.
    @inline(__always)
    mutating func punctuation(_ key: String, byte: UInt8?) -> Int32 {
        guard let byte, byte < 128 else { return numbers.number(.punctuation, key) }
        let known = punctuationIDs[Int(byte)]
        if known >= 0 { return known }
        let id = numbers.number(.punctuation, key)
        punctuationIDs[Int(byte)] = id
        return id
    }
    private var slots = ContiguousArray<Slot>(repeating: Slot(), count: 1 << 12)
    /// The bytes of the spellings longer than 8 bytes (shorter ones are told apart by their
    /// hash alone).
    private var arena: ContiguousArray<UInt8> = []
    private var used = 0

    @inline(__always)
    mutating func key(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, kind: Token.Kind, make: () -> String) -> (key: String, id: Int32) {
        let n = e - s
        let p = UnsafeRawPointer(b.baseAddress! + s)
        let readable = b.count - s
        let h = KeyTable.hash(p, n, readable: readable)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        var probes = 0
        let limit = maxProbes
        // For n <= 8 the hash is a one-to-one function of the bytes (every step of `hash` is
        // invertible: xor with a constant, multiplication by an odd constant, xorshift), so
        // equal hashes and lengths mean equal spellings and the bytes need no comparison.
        let found: (String, Int32)? = slots.withUnsafeBufferPointer { sl in
            while probes < limit {
                let c = sl[slot].count
                if c < 0 { return nil }
                if sl[slot].hash == h && Int(c) == n {
                    if n <= 8 { return (sl[slot].key, sl[slot].id) }
                    let start = Int(sl[slot].start)
                    let same = arena.withUnsafeBufferPointer {
                        KeyTable.same(UnsafeRawPointer($0.baseAddress! + start), $0.count - start, p, readable, n)
                    }
                    if same { return (sl[slot].key, sl[slot].id) }
                }
                slot = (slot + 1) & mask; probes += 1
            }
            return nil
        }
        if let found { return found }
        let k = make()
        let id = numbers.number(kind, k)
        if probes < maxProbes, used < maxEntries, arena.count + n <= Int(Int32.max) {
            slots[slot] = Slot(hash: h, start: Int32(arena.count), count: Int32(n), key: k, id: id)
            if n > 8 { arena.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n)) }
            used += 1
            if used * 2 > slots.count { grow() }
        }
        return (k, id)
    }

    /// Byte equality of two runs of `n` bytes, eight at a time (words are short: a call to
    /// memcmp costs more). `ra` and `rb` bytes may be read from `a` and `b`: where both
    /// allow a whole word past the last full eight, the tail is one masked comparison.
    @inline(__always)
    private static func same(_ a: UnsafeRawPointer, _ ra: Int, _ b: UnsafeRawPointer, _ rb: Int, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        if i == n { return true }
        if i + 8 <= ra && i + 8 <= rb {
            let mask: UInt64 = (1 << UInt64(8 * (n - i))) &- 1
            return (a.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & mask == 0
        }
        while i < n {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2, mask = size - 1
        var fresh = ContiguousArray<Slot>(repeating: Slot(), count: size)
        for i in slots.indices where slots[i].count >= 0 {
            var slot = Int(truncatingIfNeeded: slots[i].hash) & mask
            while fresh[slot].count >= 0 { slot = (slot + 1) & mask }
            fresh[slot] = slots[i]
        }
        slots = fresh
    }

    /// 64-bit multiplicative hash of `n` bytes, eight at a time. The last one to seven bytes
    /// are read as one masked word when `readable` bytes from `p` allow it (the same value as
    /// reading them one by one).
    @inline(__always)
    static func hash(_ p: UnsafeRawPointer, _ n: Int, readable: Int = 0) -> UInt64 {
        let m: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(n)
        var i = 0
        while i + 8 <= n {
            h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* m
            h ^= h >> 32
            i += 8
        }
        var t: UInt64 = 0, shift: UInt64 = 0
        if i < n && i + 8 <= readable {
            t = p.loadUnaligned(fromByteOffset: i, as: UInt64.self) & ((1 << UInt64(8 * (n - i))) &- 1)
            i = n
        }
        while i < n { t |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << shift; shift += 8; i += 1 }
        h = (h ^ t) &* m
        return h ^ (h >> 29)
    }
}
