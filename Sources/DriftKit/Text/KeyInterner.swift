/// Strings numbered 0, 1, 2, … in the order they are first interned, with equal numbers for
/// equal strings (`==`, canonical equivalence), so that the phases that ask the same questions
/// of every token of a long document (is this word a name, was it seen in lower case, which
/// key index does the aligner give it) answer them from arrays indexed by the number instead
/// of from a `Set<String>` or a `[String: …]`, whose hashing of each word dominated them (perf,
/// the 100k pair: 40% of the name index, 60% of the aligner's key tables in `Hasher`).
///
///     var keys = KeyInterner()
///     keys.intern("putin")      // 0
///     keys.intern("moscow")     // 1
///     keys.intern("putin")      // 0
///     keys.id(of: "kremlin")    // nil
///     keys[1]                   // "moscow"
///
/// An ASCII string is looked up by its bytes (hashed as `KeyTable.hash` hashes; open
/// addressing with linear probing over a power-of-two slot array at most half full): two ASCII
/// strings are equal exactly when their bytes are. So is a string canonically equivalent to an
/// ASCII one, by that one's bytes: only three scalars decompose canonically to ASCII (U+037E
/// to ";", U+1FEF to "`", U+212A to "K"; every other decomposition holds a scalar beyond
/// ASCII). Any other string — "e" + U+0301 and "é" are equal — is looked up in a
/// `[String: Int32]`.
///
/// - Complexity: `intern` and `id(of:)` are O(length of the string), amortised; an ASCII
///   string costs no `Hasher`.
struct KeyInterner {
    /// The strings by number.
    private(set) var keys: [String] = []
    /// The byte table: an ASCII string's hash and number + 1 in the slot its probe run
    /// reaches (number 0: an empty slot).
    private var slots = [Slot](repeating: Slot(), count: 1 << 10)
    private struct Slot { var hash: UInt64 = 0; var id: Int32 = 0 }
    /// Strings in the byte table.
    private var inTable = 0
    /// The strings without an ASCII equivalent, by number, as `==` and `hash(into:)` see them.
    private var others: [String: Int32] = [:]

    init() {}

    /// How many distinct strings are numbered.
    var count: Int { keys.count }

    /// The string numbered `id` (as first interned).
    subscript(id: Int32) -> String { keys[Int(id)] }

    /// The number of `key`, numbering it if it is new.
    mutating func intern(_ key: String) -> Int32 {
        if let h = KeyInterner.asciiHash(key) { return intern(key, ascii: key, h) }
        if let a = KeyInterner.asciiEquivalent(key) { return intern(key, ascii: a, KeyInterner.asciiHash(a)!) }
        if let id = others[key] { return id }
        let id = Int32(keys.count)
        keys.append(key)
        others[key] = id
        return id
    }

    /// `intern` of a string whose ASCII equivalent is `ascii`, hashed `h`.
    private mutating func intern(_ key: String, ascii: String, _ h: UInt64) -> Int32 {
        let (slot, found) = find(ascii, h)
        if let found { return found }
        let id = Int32(keys.count)
        keys.append(key)
        slots[slot] = Slot(hash: h, id: id + 1)
        inTable += 1
        if inTable * 2 > slots.count { grow() }
        return id
    }

    /// The number of `key`, or nil when no string equal to it was interned.
    func id(of key: String) -> Int32? {
        if let h = KeyInterner.asciiHash(key) { return find(key, h).found }
        if let a = KeyInterner.asciiEquivalent(key) { return find(a, KeyInterner.asciiHash(a)!).found }
        return others[key]
    }

    /// The ASCII string canonically equivalent to a string that is not ASCII, or nil when
    /// there is none: its scalars are ASCII but for U+037E, U+1FEF and U+212A.
    static func asciiEquivalent(_ key: String) -> String? {
        var out = String.UnicodeScalarView()
        for u in key.unicodeScalars {
            switch u.value {
            case 0..<0x80: out.append(u)
            case 0x37E: out.append(";")
            case 0x1FEF: out.append("`")
            case 0x212A: out.append("K")
            default: return nil
            }
        }
        return String(out)
    }

    /// Where the ASCII `key` is in the byte table (its number) or would go (the empty slot
    /// ending its probe run).
    private func find(_ key: String, _ h: UInt64) -> (slot: Int, found: Int32?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = slots[slot]
            if v.id == 0 { return (slot, nil) }
            if v.hash == h && keys[Int(v.id - 1)] == key { return (slot, v.id - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// The byte table at twice the size, holding the same ASCII strings.
    private mutating func grow() {
        var fresh = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = fresh.count - 1
        for s in slots where s.id != 0 {
            var slot = Int(truncatingIfNeeded: s.hash) & mask
            while fresh[slot].id != 0 { slot = (slot + 1) & mask }
            fresh[slot] = s
        }
        slots = fresh
    }

    /// `KeyTable.hash` of the UTF-8 bytes of an ASCII string (0 for the empty one); nil for
    /// a string with any other scalar.
    static func asciiHash(_ key: String) -> UInt64? {
        if let h = key.utf8.withContiguousStorageIfAvailable(asciiHash) { return h }
        var k = key
        return k.withUTF8(asciiHash)
    }

    /// `asciiHash` of UTF-8 bytes, in one pass: `KeyTable.hash`'s steps (eight bytes at a
    /// time, then the last one to seven as one word), with the high bits of every byte
    /// gathered on the way (keys are short: a second pass to test them cost as much as the hash).
    private static func asciiHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let base = b.baseAddress, !b.isEmpty else { return 0 }
        let p = UnsafeRawPointer(base), n = b.count
        let m: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(n), high: UInt64 = 0, i = 0
        while i + 8 <= n {
            let w = p.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= w
            h = (h ^ w) &* m
            h ^= h >> 32
            i += 8
        }
        var t: UInt64 = 0, shift: UInt64 = 0
        while i < n { t |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << shift; shift += 8; i += 1 }
        guard (high | t) & 0x8080_8080_8080_8080 == 0 else { return nil }
        h = (h ^ t) &* m
        return h ^ (h >> 29)
    }
}

/// Token kinds and keys numbered 0, 1, 2, … in the order first met: one number per kind and
/// key (`==` on the key, as `KeyInterner`), whatever the spelling the key was made from.
struct KeyNumbers {
    private var interners = [KeyInterner(), KeyInterner(), KeyInterner()]
    /// Per kind, by the interner's number: the number given.
    private var index: [[Int32]] = [[], [], []]
    private(set) var numbered = DocumentKeys()

    /// The number of `kind` and `key`, numbering them if they are new.
    mutating func number(_ kind: Token.Kind, _ key: String) -> Int32 {
        let k = Int(kind.rawValue)
        let n = Int(interners[k].intern(key))
        if n < index[k].count { return index[k][n] }
        let id = Int32(numbered.count)
        index[k].append(id) // (a new key's interner number is the next one: n == index[k].count)
        numbered.kinds.append(kind); numbered.keys.append(key)
        return id
    }
}
