import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A reader of the WordNet 3.0 database files (Princeton's `index.*`, `data.*` and `*.exc`;
/// Debian's `wordnet-base` installs them in /usr/share/wordnet).
///
/// Nothing is loaded up front: each file is memory-mapped the first time it is needed, words
/// are found by binary search in the sorted `index.POS` and `POS.exc` files, and synsets are
/// read from `data.POS` at the byte offsets the index gives — as WordNet's own library does
/// (`bin_search` in binsrch.c, `read_synset` in wnutil.c, `morphstr` in morph.c).
///
///     let wn = WordNet.shared!
///     wn.baseForms("geese", .noun)          // ["goose"]
///     wn.relation("buy", "purchase")        // .synonym
///     wn.relation("decide", "decision")     // .derivation
///     wn.relation("rise", "fall")           // .antonym
///
/// - Complexity: a look-up is O(log n) line comparisons in an index file of n bytes.
public final class WordNet: @unchecked Sendable {
    public enum POS: String, Sendable, CaseIterable {
        case noun, verb, adj, adv
        /// The one-letter code of data lines and pointers ("n", "v", "a"/"s", "r").
        init?(code: UInt8) {
            switch code {
            case UInt8(ascii: "n"): self = .noun
            case UInt8(ascii: "v"): self = .verb
            case UInt8(ascii: "a"), UInt8(ascii: "s"): self = .adj
            case UInt8(ascii: "r"): self = .adv
            default: return nil
            }
        }
    }

    /// A pointer of a synset: `symbol` ("!" antonym, "+" derivation, "@" hypernym, …), the
    /// target synset, and for lexical pointers the source and target word numbers (1-based; 0
    /// for a pointer between whole synsets).
    public struct Pointer: Sendable, Equatable {
        public let symbol: String
        public let offset: Int
        public let pos: POS
        public let source: Int
        public let target: Int
    }

    /// One synset: its lexicographer file (lexnames(5WN): 18 noun.person, 14 noun.group,
    /// 15 noun.location, …), its words (lower case, spaces as "_") and pointers.
    public struct Synset: Sendable {
        public let offset: Int
        public let pos: POS
        public let lexFile: Int
        public let words: [String]
        public let pointers: [Pointer]
    }

    /// How two words are related in WordNet, strongest first.
    public enum Relation: String, Sendable {
        /// The same lemma after morphology ("geese" and "goose").
        case sameLemma = "same lemma"
        /// Two words of one synset ("buy", "purchase").
        case synonym
        /// A derivationally related form ("decide", "decision"), WordNet's "+" pointer.
        case derivation
        /// A direct antonym ("rise", "fall"), WordNet's "!" pointer.
        case antonym
    }

    public let directory: String
    private let lock = NSLock()
    private var files: [String: MappedFile] = [:]

    /// Opens the database in `directory` (which must hold `index.noun`). Nothing else is read.
    public init?(directory: String) {
        guard access(directory + "/index.noun", R_OK) == 0, access(directory + "/data.noun", R_OK) == 0 else { return nil }
        self.directory = directory
    }

    /// Where drift looks for the database: `$WNSEARCHDIR` (WordNet's own variable), else
    /// /usr/share/wordnet (Debian's wordnet-base).
    public static var defaultDirectory: String {
        ProcessInfo.processInfo.environment["WNSEARCHDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/wordnet"
    }

    /// The database at `defaultDirectory`, or nil when it is not installed (then
    /// `unavailable` says so, and drift works without synonym matching).
    public static let shared: WordNet? = WordNet(directory: defaultDirectory)

    /// Why drift works without WordNet, or nil when it has it: a sentence for people.
    public static var unavailable: String? {
        shared == nil ? "working without WordNet: no WordNet 3.0 database in \(defaultDirectory) (install Debian's wordnet-base, or set WNSEARCHDIR); synonyms and antonyms are not recognised" : nil
    }

    private static let wantedLock = NSLock()
    nonisolated(unsafe) private static var wanted = false

    /// The database for a matcher that wants it; when it is missing, remembers that it was
    /// wanted, so `unavailableIfWanted` can say so once.
    static func forMatching() -> WordNet? {
        if shared == nil { wantedLock.withLock { wanted = true } }
        return shared
    }

    /// `unavailable`, once something has wanted the database and found it missing: what the
    /// CLI prints (once, on standard error) after a comparison done without it.
    public static var unavailableIfWanted: String? { wantedLock.withLock { wanted } ? unavailable : nil }

    // MARK: Morphology

    /// Detachment rules of WordNet's morphy (morph.c): suffix → ending, tried in order.
    private static let detachments: [POS: [(String, String)]] = [
        .noun: [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        .verb: [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        .adj: [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        .adv: [],
    ]

    /// The base forms of `word` as a `pos` that WordNet has, as morphy finds them: the
    /// exception list (`POS.exc`: "geese" → "goose", "ran" → "run"), the word itself, then
    /// the detachment rules ("running" → "run" is in verb.exc; "walked" → "walk").
    public func baseForms(_ word: String, _ pos: POS) -> [String] {
        let w = Self.key(word)
        guard !w.isEmpty else { return [] }
        var out: [String] = []
        func add(_ s: String) { if !out.contains(s) { out.append(s) } }
        if let line = find(w, in: "\(Self.excName(pos)).exc") {
            for b in line.split(separator: " ").dropFirst() where hasIndex(String(b), pos) { add(String(b)) }
        }
        if hasIndex(w, pos) { add(w) }
        for (suffix, ending) in Self.detachments[pos] ?? [] where w.hasSuffix(suffix) && w.count > suffix.count {
            let b = String(w.dropLast(suffix.count)) + ending
            if hasIndex(b, pos) { add(b) }
        }
        return out
    }

    private static func excName(_ pos: POS) -> String { pos.rawValue }

    /// Lower case, spaces as "_": the form of WordNet's index keys.
    static func key(_ s: String) -> String { s.lowercased().replacingOccurrences(of: " ", with: "_") }

    private func hasIndex(_ lemma: String, _ pos: POS) -> Bool { find(lemma, in: "index.\(pos.rawValue)") != nil }

    // MARK: Synsets

    /// Offsets in `data.POS` of the synsets of `lemma` (a base form), most frequent sense first.
    public func synsetOffsets(_ lemma: String, _ pos: POS) -> [Int] {
        guard let line = find(Self.key(lemma), in: "index.\(pos.rawValue)") else { return [] }
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        let f = line.split(separator: " ")
        guard f.count >= 4, let synsets = Int(f[2]), let pcnt = Int(f[3]) else { return [] }
        let first = 4 + pcnt + 2
        guard f.count >= first + synsets else { return [] }
        return f[first..<(first + synsets)].compactMap { Int($0) }
    }

    /// The synset at `offset` of `data.POS`.
    public func synset(at offset: Int, _ pos: POS) -> Synset? {
        guard let file = mapped("data.\(pos.rawValue)"), let line = file.line(at: offset) else { return nil }
        // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ... | gloss
        let f = line.split(separator: " ", omittingEmptySubsequences: true)
        guard f.count >= 4, let wcnt = Int(f[3], radix: 16), let lexFile = Int(f[1]) else { return nil }
        var words: [String] = []
        var k = 4
        for _ in 0..<wcnt where k + 1 < f.count {
            var w = f[k].lowercased()
            if let p = w.firstIndex(of: "(") { w = String(w[..<p]) } // adjective markers "(a)", "(p)", "(ip)"
            words.append(w); k += 2
        }
        guard k < f.count, let pcnt = Int(f[k]) else { return Synset(offset: offset, pos: pos, lexFile: lexFile, words: words, pointers: []) }
        k += 1
        var ptrs: [Pointer] = []
        for _ in 0..<pcnt where k + 3 < f.count {
            let st = f[k + 3]
            if let off = Int(f[k + 1]), let p = f[k + 2].utf8.first.flatMap(POS.init(code:)), st.count == 4,
               let s = Int(st.prefix(2), radix: 16), let t = Int(st.suffix(2), radix: 16) {
                ptrs.append(Pointer(symbol: String(f[k]), offset: off, pos: p, source: s, target: t))
            }
            k += 4
        }
        return Synset(offset: offset, pos: pos, lexFile: lexFile, words: words, pointers: ptrs)
    }

    // MARK: Relations

    /// How `a` and `b` are related in WordNet (any part of speech, any sense), or nil. Word
    /// forms are reduced to their base forms first, so "bought" and "purchased" are synonyms.
    public func relation(_ a: String, _ b: String) -> Relation? {
        let ka = Self.key(a), kb = Self.key(b)
        if ka == kb { return .sameLemma }
        var basesB = Set<String>()
        var basesA: [(POS, String)] = []
        for pos in POS.allCases {
            for x in baseForms(ka, pos) { basesA.append((pos, x)) }
            for y in baseForms(kb, pos) { basesB.insert(y) }
        }
        if basesA.contains(where: { basesB.contains($0.1) }) { return .sameLemma }
        guard !basesA.isEmpty, !basesB.isEmpty else { return nil }
        var derived = false, opposite = false
        for (pos, lemma) in basesA {
            for off in synsetOffsets(lemma, pos) {
                guard let s = synset(at: off, pos) else { continue }
                if s.words.contains(where: basesB.contains) { return .synonym }
                guard let me = s.words.firstIndex(of: lemma) else { continue }
                for p in s.pointers where (p.symbol == "+" || p.symbol == "!") && (p.source == 0 || p.source == me + 1) {
                    guard let t = synset(at: p.offset, p.pos) else { continue }
                    let targets = p.target == 0 ? t.words : (p.target - 1 < t.words.count ? [t.words[p.target - 1]] : [])
                    if targets.contains(where: basesB.contains) {
                        if p.symbol == "+" { derived = true } else { opposite = true }
                    }
                }
            }
        }
        return derived ? .derivation : opposite ? .antonym : nil
    }

    // MARK: Lexemes

    /// What a word form means in WordNet, gathered once per form: the synsets of its base forms
    /// and the synsets its derivation and antonym pointers lead to. Two forms are synonyms when
    /// they share a synset, derivationally related when one's derivation targets hold the
    /// other's synset, antonyms likewise. Synsets are numbered `offset * 4 + POS index`.
    public struct Lexeme: Sendable {
        public let bases: Set<String>
        public let synsets: Set<Int>
        public let derivations: Set<Int>
        public let antonyms: Set<Int>
        /// Lexicographer files of the noun senses (most frequent first).
        public let nounFiles: [Int]
        public var known: Bool { !synsets.isEmpty }

        public func related(_ other: Lexeme) -> Relation? {
            if !bases.isDisjoint(with: other.bases) { return .sameLemma }
            if !synsets.isDisjoint(with: other.synsets) { return .synonym }
            if !derivations.isDisjoint(with: other.synsets) || !other.derivations.isDisjoint(with: synsets) { return .derivation }
            if !antonyms.isDisjoint(with: other.synsets) || !other.antonyms.isDisjoint(with: synsets) { return .antonym }
            return nil
        }
    }

    /// Senses read per part of speech for a lexeme's pointers: WordNet orders senses by
    /// frequency in its tagged corpus, and the rare senses of common verbs ("take" has 44)
    /// bring chance relations. 8 keeps every sense of 95% of the lemmas (WordNet 3.0 polysemy
    /// counts) while bounding the reads for the most polysemous words.
    static let sensesRead = 8

    private var lexemes: [String: Lexeme] = [:]

    /// The lexeme of a word form (cached: each form is looked up once per process).
    public func lexeme(_ word: String) -> Lexeme {
        let k = Self.key(word)
        lock.lock()
        if let l = lexemes[k] { lock.unlock(); return l }
        lock.unlock()
        var bases = Set<String>(), syn = Set<Int>(), der = Set<Int>(), ant = Set<Int>(), nounFiles: [Int] = []
        for (pi, pos) in POS.allCases.enumerated() {
            for b in baseForms(k, pos) {
                bases.insert(b)
                for (n, off) in synsetOffsets(b, pos).enumerated() {
                    syn.insert(off * 4 + pi)
                    guard n < Self.sensesRead, let s = synset(at: off, pos) else { continue }
                    if pos == .noun { nounFiles.append(s.lexFile) }
                    let me = (s.words.firstIndex(of: b) ?? -1) + 1
                    for p in s.pointers where (p.symbol == "+" || p.symbol == "!") && (p.source == 0 || p.source == me) {
                        let id = p.offset * 4 + (POS.allCases.firstIndex(of: p.pos) ?? 0)
                        if p.symbol == "+" { der.insert(id) } else { ant.insert(id) }
                    }
                }
            }
        }
        let l = Lexeme(bases: bases, synsets: syn, derivations: der, antonyms: ant, nounFiles: nounFiles)
        lock.lock(); lexemes[k] = l; lock.unlock()
        return l
    }

    // MARK: Files

    /// The line of the sorted file `name` whose first field is `key`, by binary search.
    func find(_ key: String, in name: String) -> Substring? {
        guard let file = mapped(name) else { return nil }
        return file.search(Array(key.utf8))
    }

    private func mapped(_ name: String) -> MappedFile? {
        lock.lock(); defer { lock.unlock() }
        if let f = files[name] { return f }
        let f = MappedFile(path: directory + "/" + name)
        files[name] = f
        return f
    }
}

/// A read-only memory map of one database file (unmapped when the reader goes away).
private final class MappedFile: @unchecked Sendable {
    let base: UnsafePointer<UInt8>?
    let size: Int

    init(path: String) {
        let fd = open(path, O_RDONLY)
        var st = stat()
        guard fd >= 0, fstat(fd, &st) == 0, st.st_size > 0,
              let p = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            if fd >= 0 { close(fd) }
            base = nil; size = 0; return
        }
        close(fd)
        base = UnsafePointer(p.assumingMemoryBound(to: UInt8.self)); size = Int(st.st_size)
    }

    deinit { if let b = base { munmap(UnsafeMutableRawPointer(mutating: b), size) } }

    /// The line starting at byte `offset`, without its newline.
    func line(at offset: Int) -> Substring? {
        guard let b = base, offset >= 0, offset < size else { return nil }
        var e = offset
        while e < size, b[e] != 0x0A { e += 1 }
        return Substring(decoding: UnsafeBufferPointer(start: b + offset, count: e - offset), as: UTF8.self)
    }

    /// Binary search for the line whose first space-delimited field equals `key`, in a file
    /// sorted by that field in byte order (license lines start with spaces and sort first).
    func search(_ key: [UInt8]) -> Substring? {
        guard let b = base else { return nil }
        var lo = 0, hi = size
        while lo < hi {
            let mid = (lo + hi) / 2
            // The start of the line holding `mid`.
            var s = mid
            while s > 0, b[s - 1] != 0x0A { s -= 1 }
            var e = s
            while e < size, b[e] != 0x0A { e += 1 }
            // Compare the line's first field with key.
            var i = 0, c = 0
            while true {
                let lineEnd = s + i >= e || b[s + i] == 0x20
                let keyEnd = i >= key.count
                if lineEnd && keyEnd { c = 0; break }
                if lineEnd { c = -1; break }
                if keyEnd { c = 1; break }
                if b[s + i] != key[i] { c = b[s + i] < key[i] ? -1 : 1; break }
                i += 1
            }
            if c == 0 { return line(at: s) }
            if c < 0 { lo = e + 1 } else { hi = s }
        }
        return nil
    }
}
