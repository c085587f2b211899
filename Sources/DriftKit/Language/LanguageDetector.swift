/// The language of a document, from the script of its letters and, within a script, a profile
/// of function words (the commonest words of a language are a reliable signature even in a
/// headline-sized text; Cavnar & Trenkle's and Grefenstette's short-word method).
///
/// Languages told apart: English, German, French, Italian, Spanish (Latin script), Russian and
/// Ukrainian (Cyrillic), Arabic. Anything else in Latin script is reported as `en` and in
/// Cyrillic as `ru` (what drift did before it knew more languages).
public enum LanguageDetector {
    /// Bytes of text read for detection (64 KiB: a long article's first pages; detection
    /// settles within a few hundred words).
    static let sampleBytes = 65536
    /// Bytes read for the function-word count within the Latin script (8 KiB, about 1,300
    /// words: far more than the profiles need, and a bounded cost per document).
    static let profileBytes = 8192

    /// Ukrainian letters Russian lacks (і, ї, є, ґ); and Russian letters Ukrainian lacks (ы, э, ъ, ё).
    static let ukrainianLetters: Set<Unicode.Scalar> = ["і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"]
    static let russianLetters: Set<Unicode.Scalar> = ["ы", "э", "ъ", "ё", "Ы", "Э", "Ъ", "Ё"]

    /// The language code of a text (`en`, `de`, `fr`, `it`, `es`, `ru`, `uk`, `ar`).
    public static func detect(_ text: String) -> String { detect(Array(text.utf8)) }

    /// The language code of UTF-8 bytes (the first `sampleBytes` are read).
    /// For each function word of a profile, the profiles that hold it (bit k: profile k of
    /// `Vocabulary.languageProfiles`), so a word costs one look-up.
    static let profileMask: [String: UInt32] = {
        var m: [String: UInt32] = [:]
        for (k, p) in Vocabulary.languageProfiles.enumerated() { for w in p.1 { m[w, default: 0] |= 1 << k } }
        return m
    }()
    /// The most letters (scalars that start a cluster) of a profile word: longer words are not
    /// looked up.
    static let longestProfileWord = profileMask.keys.map { w in w.unicodeScalars.filter { !$0.properties.isGraphemeExtend }.count }.max() ?? 0

    public static func detect(_ b: [UInt8]) -> String {
        let n = min(b.count, sampleBytes)
        var cyr = 0, lat = 0, arab = 0
        // Script by lead byte: Cyrillic U+0400–04FF is D0/D1 (+D2/D3 for the rest of the
        // block), Arabic U+0600–06FF is D8–DB; Latin is ASCII letters (accented Latin letters
        // lead with C3–C5, counted too).
        for i in 0..<n {
            let c = b[i]
            switch c {
            case 0xD0, 0xD1, 0xD2, 0xD3: cyr += 1
            case 0xD8, 0xD9, 0xDA, 0xDB: arab += 1
            case 0xC3, 0xC4, 0xC5: lat += 1
            default: if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { lat += 1 }
            }
        }
        if arab > cyr && arab > lat { return "ar" }
        if cyr > lat {
            let sample = String(decoding: b[0..<n], as: UTF8.self)
            var uk = 0, ru = 0
            for s in sample.unicodeScalars {
                if ukrainianLetters.contains(s) { uk += 1 } else if russianLetters.contains(s) { ru += 1 }
            }
            return uk > ru ? "uk" : "ru"
        }
        // Latin: count function words of each profile; English unless another language has
        // clearly more (ties and texts without any go to English).
        var counts = [Int](repeating: 0, count: Vocabulary.languageProfiles.count)
        // Words are runs of letters (grapheme clusters whose first scalar is alphabetic, as
        // `Character.isLetter` has it), walked by scalar: a scalar that extends a cluster
        // (a combining mark, ZWJ) stays with its letter. Walking Characters cost ≈ 14 M
        // instructions for the 8 KiB of a seed text.
        // The word is kept as UTF-8 bytes: a String made from them once per word costs a
        // fraction of appending scalars to a String's scalar view (≈ 4,000 instructions a word).
        var word: [UInt8] = []
        word.reserveCapacity(256)
        var letters = 0
        func flush() {
            if letters > 0 {
                if letters <= longestProfileWord {
                    let w = String(decoding: word, as: UTF8.self)
                    if let mask = profileMask[w] { for k in counts.indices where mask & (1 << k) != 0 { counts[k] += 1 } }
                }
                word.removeAll(keepingCapacity: true)
                letters = 0
            }
        }
        func append(_ u: Unicode.Scalar) {
            let v = u.value
            if v < 0x80 { word.append(UInt8(v)) }
            else if v < 0x800 { word.append(UInt8(0xC0 | v >> 6)); word.append(UInt8(0x80 | v & 0x3F)) }
            else if v < 0x10000 { word.append(UInt8(0xE0 | v >> 12)); word.append(UInt8(0x80 | v >> 6 & 0x3F)); word.append(UInt8(0x80 | v & 0x3F)) }
            else {
                word.append(UInt8(0xF0 | v >> 18)); word.append(UInt8(0x80 | v >> 12 & 0x3F))
                word.append(UInt8(0x80 | v >> 6 & 0x3F)); word.append(UInt8(0x80 | v & 0x3F))
            }
        }
        func take(_ u: Unicode.Scalar) {
            if u.isASCII {
                if (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A { word.append(UInt8(u.value)); letters += 1 } else { flush() }
                return
            }
            let p = u.properties
            if p.isGraphemeExtend || p.generalCategory == .spacingMark || u.value == 0x200D {
                if !word.isEmpty { append(u) }
            } else if p.isAlphabetic { append(u); letters += 1 } else { flush() }
        }
        // Lower case scalar by scalar, as `String.lowercased()` maps them (ASCII directly).
        for u in String(decoding: b[0..<min(n, profileBytes)], as: UTF8.self).unicodeScalars {
            if u.isASCII {
                take(u.value >= 0x41 && u.value <= 0x5A ? Unicode.Scalar(u.value | 0x20)! : u)
            } else {
                for l in u.properties.lowercaseMapping.unicodeScalars { take(l) }
            }
        }
        flush()
        var best = 0
        for k in 1..<counts.count where counts[k] > counts[best] { best = k }
        return counts[best] > counts[0] ? Vocabulary.languageProfiles[best].0 : "en"
    }
}
