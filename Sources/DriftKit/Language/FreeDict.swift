import CZlib
import Foundation

/// A bilingual dictionary in dictd format, as Debian's `dict-freedict-*` packages install
/// them (`/usr/share/dictd/freedict-deu-eng.index` and `.dict.dz`), read directly:
/// the index is `headword TAB base64-offset TAB base64-length` per line; the entries are
/// gzip with dictzip's random-access table (chunks compressed independently), so an entry is
/// read by inflating only the chunks that hold it.
final class DictdDictionary {
    let indexPath: String
    let dictPath: String
    private let dz: [UInt8]
    /// dictzip: uncompressed chunk length, and each chunk's start and size in `dz`.
    private var chunkLength = 0
    private var chunks: [(Int, Int)] = []
    /// Whole uncompressed text, when the file has no random-access table.
    private var whole: [UInt8]? = nil
    private var chunkCache: [Int: [UInt8]] = [:]

    init?(indexPath: String, dictPath: String) {
        guard let d = FileManager.default.contents(atPath: dictPath), FileManager.default.isReadableFile(atPath: indexPath) else { return nil }
        self.indexPath = indexPath
        self.dictPath = dictPath
        dz = [UInt8](d)
        guard parseHeader() else { return nil }
    }

    /// Reads the gzip header and the dictzip "RA" extra field; falls back to inflating the
    /// whole stream for plain gzip.
    private func parseHeader() -> Bool {
        guard dz.count > 18, dz[0] == 0x1F, dz[1] == 0x8B, dz[2] == 8 else { return false }
        let flags = dz[3]
        var p = 10
        var table: [Int] = []
        if flags & 4 != 0 {
            let xlen = Int(dz[p]) | Int(dz[p + 1]) << 8
            p += 2
            let end = p + xlen
            var q = p
            while q + 4 <= end {
                let si1 = dz[q], si2 = dz[q + 1], len = Int(dz[q + 2]) | Int(dz[q + 3]) << 8
                if si1 == 0x52 && si2 == 0x41 && q + 4 + len <= end && len >= 6 {
                    let b = q + 4
                    chunkLength = Int(dz[b + 2]) | Int(dz[b + 3]) << 8
                    let count = Int(dz[b + 4]) | Int(dz[b + 5]) << 8
                    for k in 0..<count where b + 6 + 2 * k + 1 < q + 4 + len {
                        table.append(Int(dz[b + 6 + 2 * k]) | Int(dz[b + 7 + 2 * k]) << 8)
                    }
                }
                q += 4 + len
            }
            p = end
        }
        if flags & 8 != 0 { while p < dz.count && dz[p] != 0 { p += 1 }; p += 1 }
        if flags & 16 != 0 { while p < dz.count && dz[p] != 0 { p += 1 }; p += 1 }
        if flags & 2 != 0 { p += 2 }
        if chunkLength > 0 && !table.isEmpty {
            var at = p
            for size in table { chunks.append((at, size)); at += size }
            return at <= dz.count
        }
        whole = DictdDictionary.inflate(dz, 0, dz.count, gzip: true)
        return whole != nil
    }

    /// Inflates `data[start..<start+count]` (raw deflate, or gzip with `gzip`).
    static func inflate(_ data: [UInt8], _ start: Int, _ count: Int, gzip: Bool, expected: Int = 1 << 16) -> [UInt8]? {
        var s = z_stream()
        guard inflateInit2_(&s, gzip ? 15 + 32 : -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&s) }
        var out = [UInt8]()
        var buf = [UInt8](repeating: 0, count: max(4096, expected))
        return data.withUnsafeBufferPointer { inp -> [UInt8]? in
            s.next_in = UnsafeMutablePointer(mutating: inp.baseAddress! + start)
            s.avail_in = UInt32(count)
            while true {
                let rc = buf.withUnsafeMutableBufferPointer { b -> Int32 in
                    s.next_out = b.baseAddress
                    s.avail_out = UInt32(b.count)
                    return CZlib.inflate(&s, Z_SYNC_FLUSH)
                }
                out.append(contentsOf: buf[0..<(buf.count - Int(s.avail_out))])
                if rc == Z_STREAM_END || (rc == Z_OK && s.avail_in == 0 && s.avail_out > 0) { return out }
                if rc == Z_BUF_ERROR && s.avail_in == 0 { return out }
                if rc != Z_OK { return out.isEmpty ? nil : out }
            }
        }
    }

    /// The entry text at an uncompressed offset and length.
    func entry(offset: Int, length: Int) -> String {
        if let w = whole {
            let a = min(offset, w.count), b = min(offset + length, w.count)
            return String(decoding: w[a..<b], as: UTF8.self)
        }
        guard chunkLength > 0, length > 0 else { return "" }
        var bytes: [UInt8] = []
        let first = offset / chunkLength, last = (offset + length - 1) / chunkLength
        for k in first...last where k < chunks.count {
            if chunkCache[k] == nil { chunkCache[k] = DictdDictionary.inflate(dz, chunks[k].0, chunks[k].1, gzip: false, expected: chunkLength) ?? [] }
            bytes += chunkCache[k]!
        }
        let a = min(offset - first * chunkLength, bytes.count), b = min(a + length, bytes.count)
        return String(decoding: bytes[a..<b], as: UTF8.self)
    }

    /// Index lines as (headword, offset, length), for headwords `accept` keeps (it sees the
    /// headword's UTF-8 bytes; most lines are rejected on those without building a string).
    func index(accept: (UnsafeBufferPointer<UInt8>) -> Bool) -> [(String, Int, Int)] {
        guard let data = FileManager.default.contents(atPath: indexPath) else { return [] }
        var out: [(String, Int, Int)] = []
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = b.count
            while i < n {
                var j = i
                while j < n && b[j] != 0x09 && b[j] != 0x0A { j += 1 }
                let head = UnsafeBufferPointer(rebasing: b[i..<j])
                var k = j
                var fields: [Int] = []
                while k < n && b[k] == 0x09 {
                    k += 1
                    var v = 0
                    while k < n && b[k] != 0x09 && b[k] != 0x0A { v = v * 64 + DictdDictionary.b64(b[k]); k += 1 }
                    fields.append(v)
                }
                while k < n && b[k] != 0x0A { k += 1 }
                if fields.count >= 2 && accept(head) {
                    out.append((String(decoding: head, as: UTF8.self), fields[0], fields[1]))
                }
                i = k + 1
            }
        }
        return out
    }

    @inline(__always) static func b64(_ c: UInt8) -> Int {
        switch c {
        case 0x41...0x5A: return Int(c) - 0x41
        case 0x61...0x7A: return Int(c) - 0x61 + 26
        case 0x30...0x39: return Int(c) - 0x30 + 52
        case 0x2B: return 62
        case 0x2F: return 63
        default: return 0
        }
    }

    /// The translations of an entry: the short equivalents on the lines after the headword
    /// line, without numbering, pronunciations, grammar tags `<…>`, labels `[…]`, glosses
    /// `(…)` and cross-references ("see:", "Synonyms:", "Note:"); equivalents of more than
    /// `maxWords` words are dropped (definitions, not translations).
    static func translations(_ entry: String, maxWords: Int = 3) -> [String] {
        var out: [String] = []
        for (k, line) in entry.split(separator: "\n", omittingEmptySubsequences: true).enumerated() where k > 0 {
            var l = line.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("see:") || l.hasPrefix("Synonyms:") || l.hasPrefix("Antonyms:") || l.hasPrefix("Note:") || l.hasPrefix("Notes:") || l.hasPrefix("Example") || l.hasPrefix("\"") { continue }
            if let d = l.firstIndex(of: "."), l[l.startIndex..<d].allSatisfy(\.isNumber), d != l.startIndex { l = String(l[l.index(after: d)...]) }
            var clean = ""
            var depth = 0
            for ch in l {
                if ch == "<" || ch == "[" || ch == "(" || ch == "{" { depth += 1; continue }
                if ch == ">" || ch == "]" || ch == ")" || ch == "}" { depth = max(0, depth - 1); continue }
                if depth == 0 { clean.append(ch) }
            }
            for part in clean.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let words = part.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
                if !words.isEmpty && words.count <= maxWords { out.append(words.joined(separator: " ").lowercased()) }
            }
        }
        return out
    }
}
