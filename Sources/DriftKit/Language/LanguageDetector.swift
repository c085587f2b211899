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
        var word = ""
        func flush() {
            if !word.isEmpty {
                for (k, p) in Vocabulary.languageProfiles.enumerated() where p.1.contains(word) { counts[k] += 1 }
                word = ""
            }
        }
        for ch in String(decoding: b[0..<min(n, profileBytes)], as: UTF8.self).lowercased() {
            if ch.isLetter { word.append(ch) } else { flush() }
        }
        flush()
        var best = 0
        for k in 1..<counts.count where counts[k] > counts[best] { best = k }
        return counts[best] > counts[0] ? Vocabulary.languageProfiles[best].0 : "en"
    }
}
