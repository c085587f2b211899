import Foundation

/// Bytes → UTF-8 text, with the encoding named and doubts reported.
///
/// Order of decisions: a forced `--encoding`; a byte-order mark (UTF-32 before UTF-16, since
/// `FF FE 00 00` starts both); valid UTF-8; UTF-16 without BOM (NUL bytes at alternating
/// positions); ICU's charset detector for legacy single-byte encodings.
public enum TextDecoder {
    /// Below this ICU detector confidence (its 0–100 scale) a guessed encoding is reported as a
    /// warning naming `--encoding`. ICU.md measured 33–44 for correct windows-1251 guesses on
    /// short Russian text, so low confidence is common and must not be silent.
    static let confidentDetection = 60

    /// Share of code points that may be C0 control characters (other than tab, line feed,
    /// carriage return, form feed) before the input counts as binary. 0.05: real text has
    /// essentially none; a compressed or executable file has many (about 1 in 8 bytes).
    static let binaryControlShare = 0.05

    public struct Decoded: Sendable {
        /// The text as UTF-8. For UTF-8 input with a byte-order mark, the mark is kept, so that
        /// offsets index the file itself.
        public var utf8: [UInt8]
        /// Canonical encoding name as reported (e.g. "UTF-8", "UTF-16LE", "windows-1251").
        public var encoding: String
        public var warnings: [DriftWarning]
    }

    /// True when `name` names an encoding drift can decode (UTF-8 or one ICU converts), so a
    /// caller can refuse an unknown name before reading any file.
    public static func isKnownEncoding(_ name: String) -> Bool {
        normalizedName(name) == "utf8" || ICU.canonicalCharset(name) != nil
    }

    public static func decode(_ bytes: [UInt8], subject: String, forcedEncoding: String? = nil) throws -> Decoded {
        if bytes.isEmpty { throw DriftError(subject, "empty file", hint: "nothing to compare") }
        var warnings: [DriftWarning] = []
        var utf8: [UInt8]
        var encoding: String

        if let forced = forcedEncoding {
            let bomless = stripBOM(bytes, for: forced)
            if normalizedName(forced) == "utf8" {
                guard UTF8Validation.isValid(bomless.bytes) else {
                    let off = firstInvalidUTF8(bomless.bytes)
                    throw DriftError(subject, "invalid UTF-8 at byte \(off + bomless.skipped)", hint: "check the encoding", remedy: .encoding)
                }
                utf8 = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes : bomless.bytes
                encoding = "UTF-8"
            } else {
                guard let canonical = ICU.canonicalCharset(forced) else {
                    throw DriftError(subject, "unknown encoding '\(forced)'", hint: "use a name such as UTF-8, UTF-16LE, windows-1251, ISO-8859-1")
                }
                switch ICU.toUTF8(bomless.bytes, charset: forced, strict: true) {
                case .ok(let u): utf8 = u
                case .invalid(let off):
                    throw DriftError(subject, "invalid byte sequence for \(forced) at byte \(off + bomless.skipped)", hint: "check the encoding", remedy: .encoding)
                case .failed: throw DriftError(subject, "could not decode as \(forced)")
                }
                encoding = displayName(canonical)
            }
        } else if let (name, skip) = bomEncoding(bytes) {
            encoding = name
            if name == "UTF-8" {
                guard UTF8Validation.isValid(bytes, from: 3) else {
                    throw DriftError(subject, "invalid UTF-8 at byte \(firstInvalidUTF8(Array(bytes[3...])) + 3) after a UTF-8 byte-order mark", hint: "name the real encoding", remedy: .encoding)
                }
                utf8 = bytes
            } else {
                switch ICU.toUTF8(Array(bytes[skip...]), charset: name, strict: true) {
                case .ok(let u): utf8 = u
                case .invalid(let off): throw DriftError(subject, "invalid \(name) at byte \(off + skip)", hint: "name the real encoding", remedy: .encoding)
                case .failed: throw DriftError(subject, "could not decode as \(name)")
                }
            }
        } else if UTF8Validation.isValid(bytes) && !looksLikeUTF16(bytes) {
            utf8 = bytes
            encoding = "UTF-8"
        } else if let name = utf16WithoutBOM(bytes) {
            switch ICU.toUTF8(bytes, charset: name, strict: true) {
            case .ok(let u): utf8 = u; encoding = name
            case .invalid, .failed: throw DriftError(subject, "binary file (NUL bytes)", hint: "drift compares text; name the encoding if this is text in an unusual encoding", remedy: .encoding)
            }
        } else {
            if UTF8Validation.containsNUL(bytes) {
                throw DriftError(subject, "binary file (NUL bytes)", hint: "drift compares text; name the encoding if this is text in an unusual encoding", remedy: .encoding)
            }
            guard let guess = ICU.detectCharset(bytes), guess.name != "UTF-8" else {
                throw DriftError(subject, "invalid UTF-8 at byte \(firstInvalidUTF8(bytes)) and no other encoding recognised", hint: "name the encoding", remedy: .encoding)
            }
            let name = guess.name
            switch ICU.toUTF8(bytes, charset: name, strict: false) {
            case .ok(let u): utf8 = u
            default: throw DriftError(subject, "could not decode as detected \(name)", hint: "name the encoding", remedy: .encoding)
            }
            encoding = displayName(name)
            if guess.confidence < confidentDetection {
                warnings.append(DriftWarning(subject, "not valid UTF-8; encoding guessed as \(encoding) (detector confidence \(guess.confidence)/100); name the encoding to override", remedy: .encoding))
            } else {
                warnings.append(DriftWarning(subject, "not valid UTF-8; decoded as \(encoding) (detector confidence \(guess.confidence)/100)"))
            }
        }
        try checkText(utf8, subject: subject)
        return Decoded(utf8: utf8, encoding: encoding, warnings: warnings)
    }

    /// Rejects text that is empty after decoding or that is mostly control characters.
    static func checkText(_ utf8: [UInt8], subject: String) throws {
        var controls = 0, total = 0, nul = false
        var nonSpace = 0 // above 0 once a code point above U+0020 is seen
        utf8.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            func scalarByte(_ b: UInt8) {
                if b & 0xC0 == 0x80 { return }
                total &+= 1
                if b > 0x20 { nonSpace &+= 1; return }
                if b == 0 { nul = true }
                if b != 9 && b != 10 && b != 13 && b != 12 && b != 0x20 { controls &+= 1 }
            }
            // Eight bytes at a time: a word with no byte below 0x20 has no control character;
            // it adds its code points (bytes that are not UTF-8 continuation bytes, 10xxxxxx)
            // to the total, and shows there is text unless it is all spaces.
            let n = p.count
            var i = 0
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let control = (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080
                if control == 0 {
                    let continuation = x & ~(x << 1) & 0x8080_8080_8080_8080
                    total &+= 8 - continuation.nonzeroBitCount
                    if nonSpace == 0 && x != 0x2020_2020_2020_2020 { nonSpace = 1 }
                } else {
                    for k in i..<(i + 8) { scalarByte(p[k]) }
                }
                i += 8
            }
            while i < n { scalarByte(p[i]); i += 1 }
        }
        if nul { throw DriftError(subject, "binary file (NUL bytes)", hint: "drift compares text") }
        if nonSpace == 0 { throw DriftError(subject, "empty file (only white space)", hint: "nothing to compare") }
        if Double(controls) > Double(total) * binaryControlShare {
            throw DriftError(subject, "binary file (mostly control characters)", hint: "drift compares text")
        }
    }

    static func normalizedName(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    static func displayName(_ icuName: String) -> String {
        switch normalizedName(icuName) {
        case "utf8": return "UTF-8"
        case "utf16le": return "UTF-16LE"
        case "utf16be": return "UTF-16BE"
        case "utf32le": return "UTF-32LE"
        case "utf32be": return "UTF-32BE"
        case "ibm5346", "windows1250", "cp1250": return "windows-1250"
        case "ibm5347", "windows1251", "cp1251": return "windows-1251"
        case "ibm5348", "windows1252", "cp1252": return "windows-1252"
        case "iso885915": return "ISO-8859-15"
        default:
            if icuName.hasPrefix("ISO-8859") || icuName.hasPrefix("windows-") { return icuName }
            if icuName.lowercased().hasPrefix("iso-8859") || icuName.lowercased().hasPrefix("iso8859") {
                let n = icuName.split(whereSeparator: { $0 == "-" || $0 == "_" }).last.map(String.init) ?? ""
                return "ISO-8859-\(n)"
            }
            return icuName
        }
    }

    private static func bomEncoding(_ b: [UInt8]) -> (String, Int)? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if b.starts(with: [0xFF, 0xFE, 0, 0]) { return ("UTF-32LE", 4) }
        if b.starts(with: [0, 0, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if b.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if b.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    private static func stripBOM(_ b: [UInt8], for name: String) -> (bytes: [UInt8], skipped: Int) {
        guard let (bomName, skip) = bomEncoding(b) else { return (b, 0) }
        let n = normalizedName(name)
        let bn = normalizedName(bomName)
        if n == bn || (n == "utf16" && bn.hasPrefix("utf16")) || (n == "utf32" && bn.hasPrefix("utf32")) {
            return (Array(b[skip...]), skip)
        }
        return (b, 0)
    }

    /// Counts NUL bytes at even and odd positions in a prefix: text in UTF-16 without a BOM has
    /// mostly-zero high bytes (for Latin text) at one parity.
    private static func utf16WithoutBOM(_ b: [UInt8]) -> String? {
        let n = min(b.count, 8192) & ~1
        guard n >= 4 else { return nil }
        var even = 0, odd = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { even += 1 }
            if b[i + 1] == 0 { odd += 1 }
        }
        let pairs = n / 2
        // 30% at one parity and under 5% at the other: Latin text (most high bytes zero).
        // 10% at one parity and under 0.5% at the other: Cyrillic or Greek text, whose letters
        // have non-zero high bytes, so only spaces, digits and punctuation give NULs (19.5%
        // in a Russian news text; ICU's detector gives UTF-16 only 30/100 there).
        if (odd * 10 >= pairs * 3 && even * 20 < pairs) || (odd * 10 >= pairs && even * 200 < pairs) { return "UTF-16LE" }
        if (even * 10 >= pairs * 3 && odd * 20 < pairs) || (even * 10 >= pairs && odd * 200 < pairs) { return "UTF-16BE" }
        // Text with no ASCII at all: ask ICU, which recognises UTF-16 by its statistics.
        if let g = ICU.detectCharset(b), g.name.hasPrefix("UTF-16"), g.confidence >= confidentDetection { return g.name }
        return nil
    }

    private static func looksLikeUTF16(_ b: [UInt8]) -> Bool {
        // Valid UTF-8 may still be UTF-16 of ASCII text (every other byte NUL).
        guard UTF8Validation.containsNUL(b) else { return false }
        return utf16WithoutBOM(b) != nil
    }

    static func firstInvalidUTF8(_ b: [UInt8]) -> Int {
        var it = b.makeIterator()
        var dec = UTF8()
        var offset = 0
        loop: while true {
            switch dec.decode(&it) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: break loop
            case .error: return offset
            }
        }
        return offset
    }
}
