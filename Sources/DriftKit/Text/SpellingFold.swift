/// Folds British and American spellings of a word to one matching key, so that a copy
/// respelled for another market matches its original as typography, not as an edit.
///
/// Applied to both sides alike, so a fold needs only to be consistent, not to produce a real
/// word: "colour" → "color", "centre" → "center", "organisation" → "organization",
/// "defence" → "defense", "analyse" → "analyze", "travelled" → "traveled",
/// "programme" → "program", "catalogue" → "catalog", "judgement" → "judgment".
/// Rules follow the regular correspondences listed in the Oxford and Merriam-Webster style
/// notes on British vs American spelling; each needs a stem of at least three letters so
/// short words ("four", "hour", "your", "rise") are left alone.
/// - Complexity: O(length of the word).
enum SpellingFold {
    /// Cheap test on the last two letters: false when no rule below can apply (most words),
    /// so the caller skips the fold and its cache.
    static func mayFold(_ w: String) -> Bool {
        let u = w.utf8
        guard u.count >= 5 else { return false }
        let li = u.index(before: u.endIndex)
        let l = u[li], p = u[u.index(before: li)]
        switch l {
        case UInt8(ascii: "e"): return "srcmutl".utf8.contains(p)
        case UInt8(ascii: "d"): return p == UInt8(ascii: "e")
        case UInt8(ascii: "s"): return "nert".utf8.contains(p)
        case UInt8(ascii: "g"), UInt8(ascii: "t"): return p == UInt8(ascii: "n")
        case UInt8(ascii: "r"): return p == UInt8(ascii: "u") || p == UInt8(ascii: "e")
        case UInt8(ascii: "n"): return p == UInt8(ascii: "o")
        default: return false
        }
    }

    static func fold(_ w: String) -> String {
        guard w.utf8.count >= 5, w.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 || $0 == 39 }) else { return w }
        var s = w
        func replaceSuffix(_ a: String, _ b: String, minStem: Int = 3) -> Bool {
            guard s.hasSuffix(a), s.count - a.count >= minStem else { return false }
            s = String(s.dropLast(a.count)) + b
            return true
        }
        // -isation/-ise/-ised/-ises/-ising → -iz…; -yse → -yze
        for (a, b) in [("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
                       ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"), ("yse", "yze")] where replaceSuffix(a, b) { return s }
        // -our(s/ed/ing/ite/able) → -or…
        for (a, b) in [("ourites", "orites"), ("ourite", "orite"), ("ourable", "orable"), ("ouring", "oring"), ("oured", "ored"), ("ours", "ors"), ("our", "or")]
            where replaceSuffix(a, b) { return s }
        // -tre/-bre → -ter/-ber (centre, theatre, metre, fibre)
        for (a, b) in [("tres", "ters"), ("tred", "tered"), ("tre", "ter"), ("bres", "bers"), ("bre", "ber")] where replaceSuffix(a, b) { return s }
        // defence, offence, licence, pretence
        for (a, b) in [("fences", "fenses"), ("fence", "fense"), ("licence", "license"), ("licences", "licenses"), ("tence", "tense")]
            where replaceSuffix(a, b, minStem: 2) { return s }
        // -elled/-elling/-eller → -eled… (travelled, cancelled, labelled)
        for (a, b) in [("elling", "eling"), ("elled", "eled"), ("ellers", "elers"), ("eller", "eler")] where replaceSuffix(a, b, minStem: 2) { return s }
        // programme, catalogue, dialogue, analogue; judgement, acknowledgement; ageing
        for (a, b) in [("ammes", "ams"), ("amme", "am"), ("ogues", "ogs"), ("ogue", "og"), ("gements", "gments"), ("gement", "gment"), ("geing", "ging")]
            where replaceSuffix(a, b) { return s }
        return s
    }
}
