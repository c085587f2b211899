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
        /// The position in `allCases` (0 noun … 3 adverb).
        var number: Int {
            switch self {
            case .noun: return 0
            case .verb: return 1
            case .adj: return 2
            case .adv: return 3
            }
        }
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
        // getenv, not ProcessInfo's `environment`, which copies every variable into a dictionary.
        guard let v = getenv("WNSEARCHDIR"), v.pointee != 0 else { return "/usr/share/wordnet" }
        return String(cString: v)
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
        indexedBases(Self.key(word), pos).map(\.lemma)
    }

    /// `baseForms` of a word already in key form, each with its line in `index.POS` (found
    /// by the look-up that admits it, so its synsets are read without a second search).
    private func indexedBases(_ w: String, _ pos: POS) -> [(lemma: String, line: Range<Int>)] {
        guard !w.isEmpty, let index = mapped(.index, pos) else { return [] }
        var out: [(lemma: String, line: Range<Int>)] = []
        func add(_ s: String) {
            guard !out.contains(where: { $0.lemma == s }), let line = index.search(s) else { return }
            out.append((s, line))
        }
        if let file = mapped(.exceptions, pos), let r = file.search(w) {
            let line = file.string(r)
            for b in line.split(separator: " ").dropFirst() { add(String(b)) }
        }
        add(w)
        for (suffix, ending) in Self.detachments[pos] ?? [] where w.hasSuffix(suffix) && w.count > suffix.count {
            add(String(w.dropLast(suffix.count)) + ending)
        }
        return out
    }

    private static func excName(_ pos: POS) -> String { pos.rawValue }

    /// Lower case, spaces as "_": the form of WordNet's index keys.
    static func key(_ s: String) -> String { s.lowercased().replacingAll(" ", with: "_") }

    // MARK: Synsets

    /// Offsets in `data.POS` of the synsets of `lemma` (a base form), most frequent sense first.
    public func synsetOffsets(_ lemma: String, _ pos: POS) -> [Int] {
        guard let file = mapped(.index, pos), let line = file.search(Self.key(lemma)) else { return [] }
        return synsetOffsets(line: line, in: file)
    }

    /// The synset offsets on a line of `index.POS`.
    private func synsetOffsets(line: Range<Int>, in file: MappedFile) -> [Int] {
        // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        let f = file.fields(line)
        guard f.count >= 4, let synsets = file.int(f[2]), let pcnt = file.int(f[3]) else { return [] }
        let first = 4 + pcnt + 2
        guard f.count >= first + synsets else { return [] }
        return f[first..<(first + synsets)].compactMap { file.int($0) }
    }

    /// The synset at `offset` of `data.POS`.
    public func synset(at offset: Int, _ pos: POS) -> Synset? {
        guard let file = dataLine(at: offset, pos) else { return nil }
        let line = 0..<file.size
        // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ... | gloss
        let f = file.fields(line)
        guard f.count >= 4, let wcnt = file.int(f[3], radix: 16), let lexFile = file.int(f[1]) else { return nil }
        var words: [String] = []
        var k = 4
        for _ in 0..<wcnt where k + 1 < f.count {
            var w = file.string(f[k]).lowercased()
            if let p = w.firstIndex(of: "(") { w = String(w[..<p]) } // adjective markers "(a)", "(p)", "(ip)"
            words.append(w); k += 2
        }
        guard k < f.count, let pcnt = file.int(f[k]) else { return Synset(offset: offset, pos: pos, lexFile: lexFile, words: words, pointers: []) }
        k += 1
        var ptrs: [Pointer] = []
        for _ in 0..<pcnt where k + 3 < f.count {
            let st = f[k + 3]
            if let off = file.int(f[k + 1]), let p = file.byte(f[k + 2].lowerBound).flatMap(POS.init(code:)), st.count == 4,
               let s = file.int(st.lowerBound..<(st.lowerBound + 2), radix: 16), let t = file.int((st.lowerBound + 2)..<st.upperBound, radix: 16) {
                ptrs.append(Pointer(symbol: file.string(f[k]), offset: off, pos: p, source: s, target: t))
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
        /// Most of the noun senses read are places (noun.location, lexicographer file 15):
        /// "Mexico", "Washington"; not "point", whose first sense only is one.
        public var isPlace: Bool { !nounFiles.isEmpty && nounFiles.filter { $0 == 15 }.count * 2 > nounFiles.count }

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
    /// bring chance relations and cost reads. 4 keeps every sense of most lemmas (WordNet 3.0
    /// polysemy: the mean is under 2 senses per lemma for nouns, about 2 for verbs) and the
    /// frequent senses of the rest; chosen for cost: it keeps the seed pair's claim-change
    /// findings identical to 8 senses at half the reads.
    static let sensesRead = 4

    private var lexemes: [String: Lexeme] = [:]
    private var baseSets: [String: Set<String>] = [:]

    /// `lexeme(word).bases` without reading the word's synsets and pointers (cached per word
    /// form): for callers that only ask what a form's lemmas are ("refused" → "refuse").
    public func bases(_ word: String) -> Set<String> {
        let k = Self.key(word)
        lock.lock()
        if let l = lexemes[k] { lock.unlock(); return l.bases }
        if let b = baseSets[k] { lock.unlock(); return b }
        lock.unlock()
        var bases = Set<String>()
        for pos in POS.allCases { for (b, _) in indexedBases(k, pos) { bases.insert(b) } }
        lock.lock(); baseSets[k] = bases; lock.unlock()
        return bases
    }

    /// The lexeme of a word form (cached: each form is looked up once per process).
    public func lexeme(_ word: String) -> Lexeme {
        let k = Self.key(word)
        lock.lock()
        if let l = lexemes[k] { lock.unlock(); return l }
        lock.unlock()
        var bases = Set<String>(), syn = Set<Int>(), der = Set<Int>(), ant = Set<Int>(), nounFiles: [Int] = []
        for (pi, pos) in POS.allCases.enumerated() {
            guard let index = mapped(.index, pos) else { continue }
            for (b, line) in indexedBases(k, pos) {
                bases.insert(b)
                for (n, off) in synsetOffsets(line: line, in: index).enumerated() {
                    syn.insert(off * 4 + pi)
                    guard n < Self.sensesRead else { continue }
                    readPointers(at: off, pos, lemma: b) { lexFile, symbol, id in
                        if symbol == 0 { if pos == .noun { nounFiles.append(lexFile) } }
                        else if symbol == UInt8(ascii: "+") { der.insert(id) } else { ant.insert(id) }
                    }
                }
            }
        }
        let l = Lexeme(bases: bases, synsets: syn, derivations: der, antonyms: ant, nounFiles: nounFiles)
        lock.lock(); lexemes[k] = l; lock.unlock()
        return l
    }

    /// The derivation ("+") and antonym ("!") pointers of `lemma` in the synset at `offset`,
    /// read from the data line's bytes without building the synset: `body(lexFile, 0, 0)`
    /// once, then `body(lexFile, symbol, target id)` per pointer (id = offset * 4 + POS index).
    private func readPointers(at offset: Int, _ pos: POS, lemma: String, _ body: (Int, UInt8, Int) -> Void) {
        guard let file = dataLine(at: offset, pos) else { return }
        // The fields are read one after another (`MappedFile.field`), not gathered first: the
        // lines of frequent words hold hundreds of pointers, and only "+" and "!" are wanted.
        // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ... | gloss
        var k = 0
        func next() -> Range<Int>? { file.field(after: &k) }
        guard next() != nil, let f1 = next(), next() != nil, let f3 = next(),
              let wcnt = file.int(f3, radix: 16), let lexFile = file.int(f1) else { return }
        body(lexFile, 0, 0)
        let want = Array(lemma.utf8)
        var me = 0
        for w in 0..<wcnt {
            guard let word = next(), next() != nil else { return }
            if me == 0, file.equalsFolded(word, want) { me = w + 1 }
        }
        guard let pf = next(), let pcnt = file.int(pf) else { return }
        for _ in 0..<pcnt {
            // pointer_symbol synset_offset pos source/target
            guard let symbol = next(), let target = next(), let tpos = next(), let st = next() else { return }
            guard symbol.count == 1, let sym = file.byte(symbol.lowerBound), sym == UInt8(ascii: "+") || sym == UInt8(ascii: "!") else { continue }
            guard st.count == 4, let src = file.int(st.lowerBound..<(st.lowerBound + 2), radix: 16), src == 0 || src == me,
                  let off = file.int(target), let p = file.byte(tpos.lowerBound).flatMap(POS.init(code:)) else { continue }
            body(lexFile, sym, off * 4 + p.number)
        }
    }

    // MARK: Files

    /// The line of the sorted file `name` whose first field is `key`, by binary search.
    func find(_ key: String, in name: String) -> String? {
        guard let file = mapped(name), let r = file.search(key) else { return nil }
        return file.string(r)
    }

    private func mapped(_ name: String) -> MappedFile? {
        lock.lock(); defer { lock.unlock() }
        if let f = files[name] { return f }
        let f = MappedFile(path: directory + "/" + name)
        files[name] = f
        return f
    }

    private enum FileKind: Int { case index = 0, data = 1, exceptions = 2 }
    /// `index.POS`, `data.POS` and `POS.exc` by kind and part of speech (nil: not opened
    /// yet), so the look-ups of a word do not spell and hash a file name each time.
    private var posFiles = [MappedFile?](repeating: nil, count: 12)

    private func mapped(_ kind: FileKind, _ pos: POS) -> MappedFile? {
        let slot = kind.rawValue * 4 + pos.number
        lock.lock()
        if let f = posFiles[slot] { lock.unlock(); return f }
        lock.unlock()
        let name: String
        switch kind {
        case .index: name = "index." + pos.rawValue
        case .data: name = "data." + pos.rawValue
        case .exceptions: name = Self.excName(pos) + ".exc"
        }
        let f = mapped(name)
        lock.lock(); posFiles[slot] = f; lock.unlock()
        return f
    }

    /// `data.POS` opened for reading by offset (nil: not opened yet); −1: missing.
    private var dataFiles = [Int32?](repeating: nil, count: 4)

    /// The line of `data.POS` at `offset`, read with `pread` into a buffer of its own. Data
    /// lines are read at scattered offsets (a synset each), and each first touch of a memory
    /// map maps 16 pages around it (the kernel's fault-around, which MADV_RANDOM no longer
    /// turns off): the seed pair 000→001 kept 15 MB of data files mapped, unmapped again when
    /// the process exits. Read instead: 0.76 ms less wall time a run (median of 150 paired runs,
    /// 2026-12-03). The index files stay mapped: a binary search reads many lines of them.
    private func dataLine(at offset: Int, _ pos: POS) -> MappedFile? {
        lock.lock()
        var fd = dataFiles[pos.number]
        if fd == nil {
            fd = open(directory + "/data." + pos.rawValue, O_RDONLY | O_CLOEXEC)
            dataFiles[pos.number] = fd
        }
        lock.unlock()
        guard let fd, fd >= 0 else { return nil }
        return MappedFile(lineOf: fd, at: offset)
    }

    deinit { for case let fd? in dataFiles where fd >= 0 { close(fd) } }
}

/// A read-only memory map of one database file (unmapped when the reader goes away), or
/// one line of a file read into a buffer of its own (`init(lineOf:at:)`).
private final class MappedFile: @unchecked Sendable {
    let base: UnsafePointer<UInt8>?
    let size: Int
    /// The bytes are a buffer of the object's own, not a map.
    private let owned: Bool

    /// One probe of `search`: the bytes `lo..<hi` searched, and the line `s..<e` probed.
    private struct Probe { var lo = -1, hi = -1, s = 0, e = 0 }
    /// The first `topLevels` levels of every binary search of a memory-mapped file, made once
    /// when it is mapped (immutable after, so the threads share it): node 1 the first probe,
    /// node k's children 2k (the key sorts before its line) and 2k + 1 (after). Every search
    /// of a file starts at the same probes; these levels are where `search` found line ends
    /// with memchr, a quarter of a word's WordNet look-up (perf, the seed pair 000→001).
    private let top: [Probe]
    /// Levels of `top`: 2^8 − 1 probes (8 KB), 8 of the ≈ 17 a look-up in index.noun makes
    /// (117,827 lines). Made by ≈ 500 memchr calls a file, about what 30 look-ups' own probes
    /// cost; a seed pair makes ≈ 2,700. Not tuned further.
    static let topLevels = 8

    /// Bytes read per `pread` while looking for a line's end: most data lines are shorter
    /// (WordNet 3.0's data.noun: 98.6% of lines under 512 bytes).
    static let lineChunk = 512

    /// The line of the file open as `fd` that starts at `offset`, without its newline; nil
    /// when nothing can be read there.
    init?(lineOf fd: Int32, at offset: Int) {
        // Read `lineChunk` bytes at a time into one buffer, doubled when full, until a newline
        // (or the end of the file) ends the line.
        var capacity = Self.lineChunk, n = 0
        var p = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        while true {
            if n == capacity {
                let q = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                q.moveInitialize(from: p, count: n); p.deallocate()
                p = q; capacity *= 2
            }
            let got = pread(fd, p + n, capacity - n, off_t(offset + n))
            if got <= 0 { break }
            if let e = UnsafeBufferPointer(start: p + n, count: got).firstIndex(of: 0x0A) { n += e; break }
            n += got
        }
        guard n > 0 else { p.deallocate(); return nil }
        base = UnsafePointer(p); size = n; owned = true; top = []
    }

    init(path: String) {
        let fd = open(path, O_RDONLY)
        var st = stat()
        guard fd >= 0, fstat(fd, &st) == 0, st.st_size > 0,
              let p = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            if fd >= 0 { close(fd) }
            base = nil; size = 0; owned = false; top = []; return
        }
        close(fd)
        let b = UnsafePointer(p.assumingMemoryBound(to: UInt8.self))
        base = b; size = Int(st.st_size); owned = false
        top = Self.topOfSearch(b, size)
    }

    deinit {
        guard let b = base else { return }
        if owned { UnsafeMutablePointer(mutating: b).deallocate() } else { munmap(UnsafeMutableRawPointer(mutating: b), size) }
    }

    /// The offset of the first newline at or after `i` (`size` if none).
    private func newline(from i: Int) -> Int {
        guard let b = base else { return size }
        return Self.newline(b, size, from: i)
    }

    private static func newline(_ b: UnsafePointer<UInt8>, _ size: Int, from i: Int) -> Int {
        guard i < size, let p = memchr(b + i, 0x0A, size - i) else { return size }
        return Int(bitPattern: p) - Int(bitPattern: b)
    }

    /// The space-separated fields of a line, up to a "|" field (a data line's gloss).
    func fields(_ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // At most one field per two bytes: room for all at once (growing the array field by
        // field was half the cost of reading a data line).
        out.reserveCapacity(r.count / 2 + 1)
        var k = r.lowerBound
        while let f = field(after: &k, end: r.upperBound) { out.append(f) }
        return out
    }

    /// The next space-separated field from byte `k` (advancing `k` past it) before `end`
    /// (default: the whole buffer): nil at the end or at a "|" field (a data line's gloss).
    func field(after k: inout Int, end: Int? = nil) -> Range<Int>? {
        guard let b = base else { return nil }
        let end = end ?? size
        while k < end, b[k] == 0x20 { k += 1 }
        let s = k
        while k < end, b[k] != 0x20 { k += 1 }
        guard s < k, b[s] != UInt8(ascii: "|") else { return nil }
        return s..<k
    }

    /// True when the field, lower-cased and cut at an adjective marker "(", is `key`.
    func equalsFolded(_ r: Range<Int>, _ key: [UInt8]) -> Bool {
        guard let b = base else { return false }
        var n = 0
        for i in r {
            var c = b[i]
            if c == UInt8(ascii: "(") { break }
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            guard n < key.count, key[n] == c else { return false }
            n += 1
        }
        return n == key.count
    }

    func byte(_ i: Int) -> UInt8? { base.flatMap { i >= 0 && i < size ? $0[i] : nil } }

    /// The number a field spells, in `radix`.
    func int(_ r: Range<Int>, radix: Int = 10) -> Int? {
        guard let b = base, !r.isEmpty else { return nil }
        var v = 0
        for i in r {
            let c = b[i]
            let d: Int
            switch c {
            case 0x30...0x39: d = Int(c - 0x30)
            case 0x61...0x66: d = Int(c - 0x61) + 10
            case 0x41...0x46: d = Int(c - 0x41) + 10
            default: return nil
            }
            guard d < radix else { return nil }
            v = v * radix + d
        }
        return v
    }

    func string(_ r: Range<Int>) -> String {
        guard let b = base else { return "" }
        return String(decoding: UnsafeBufferPointer(start: b + r.lowerBound, count: r.count), as: UTF8.self)
    }

    /// Binary search for the line whose first space-delimited field equals `key`, in a file
    /// sorted by that field in byte order (license lines start with spaces and sort first).
    func search(_ key: String) -> Range<Int>? {
        var key = key
        return key.withUTF8 { search($0) }
    }

    func search(_ key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let b = base else { return nil }
        var lo = 0, hi = size, node = 1
        while lo < hi {
            // A probe of the top levels is read from `top` (made by the same steps as below,
            // with its range checked), the rest found as WordNet's bin_search does.
            let known = node < top.count && top[node].lo == lo && top[node].hi == hi ? top[node] : nil
            var s: Int
            if let known { s = known.s } else {
                let mid = (lo + hi) / 2
                // As WordNet's bin_search: the first line starting after `mid` (or the line at
                // `lo` when none starts before `hi`); memchr does the scans, most of a probe's work.
                s = mid > lo ? newline(from: mid - 1) + 1 : lo
                if s >= hi { s = lo }
            }
            // Compare the line's first field with key (the line's end is looked for only when
            // the search goes on after it or returns it: half the memchr work).
            var i = 0, c = 0
            while true {
                let lineEnd = s + i >= size || b[s + i] == 0x20 || b[s + i] == 0x0A
                let keyEnd = i >= key.count
                if lineEnd && keyEnd { c = 0; break }
                if lineEnd { c = -1; break }
                if keyEnd { c = 1; break }
                if b[s + i] != key[i] { c = b[s + i] < key[i] ? -1 : 1; break }
                i += 1
            }
            if c > 0 { hi = s; node *= 2; continue }
            let e = known?.e ?? newline(from: s)
            if c == 0 { return s..<e }
            lo = e + 1; node = node * 2 + 1
        }
        return nil
    }

    /// `top`: the probes of the first `topLevels` levels, each with the range it searches.
    private static func topOfSearch(_ b: UnsafePointer<UInt8>, _ size: Int) -> [Probe] {
        var t = [Probe](repeating: Probe(), count: 1 << topLevels)
        guard size > 0 else { return [] }
        t[1].lo = 0; t[1].hi = size
        for k in 1..<t.count where t[k].lo < t[k].hi {
            let lo = t[k].lo, hi = t[k].hi, mid = (lo + hi) / 2
            var s = mid > lo ? newline(b, size, from: mid - 1) + 1 : lo
            if s >= hi { s = lo }
            let e = newline(b, size, from: s)
            t[k].s = s; t[k].e = e
            if 2 * k + 1 < t.count {
                t[2 * k].lo = lo; t[2 * k].hi = s
                t[2 * k + 1].lo = e + 1; t[2 * k + 1].hi = hi
            }
        }
        return t
    }
}
