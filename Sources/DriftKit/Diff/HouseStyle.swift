/// The conversions newsrooms make when they republish a story in their own style, as data:
/// US state names and their AP and postal abbreviations, party-state labels, titles, time
/// zones and clock times, dates, country short forms, and punctuation moved around a
/// quotation mark. `WordDiff` reads two changed stretches that say the same thing in two
/// house styles as typography (`DiffOp.Kind.typography`), so they are not edits and give no
/// finding. The tables and the rules are documented in docs/house-style.md.
///
/// Example: "Sen. Jane Doe (D-Calif.) spoke at noon Washington time" and "Senator Jane Doe,
/// Democrat of California, spoke at noon EDT" differ only in house style.
public enum HouseStyle {
    // MARK: tables (lower-case keys, as `Token.key` writes them; no duplicates — tested)

    /// US states and the District of Columbia: (name, AP Stylebook abbreviation, USPS
    /// two-letter code). AP abbreviations are from the AP Stylebook entry "state names" (eight
    /// states are never abbreviated: Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah);
    /// postal codes from USPS Publication 28, appendix B. Dotted abbreviations are written
    /// as their tokens' keys ("N.H." → "nh", "W.Va." → "wva").
    public static let states: [(name: String, ap: String?, postal: String)] = [
        ("alabama", "ala", "al"), ("alaska", nil, "ak"), ("arizona", "ariz", "az"), ("arkansas", "ark", "ar"),
        ("california", "calif", "ca"), ("colorado", "colo", "co"), ("connecticut", "conn", "ct"),
        ("delaware", "del", "de"), ("district of columbia", "dc", "dc"), ("florida", "fla", "fl"),
        ("georgia", "ga", "ga"), ("hawaii", nil, "hi"), ("idaho", nil, "id"), ("illinois", "ill", "il"),
        ("indiana", "ind", "in"), ("iowa", nil, "ia"), ("kansas", "kan", "ks"), ("kentucky", "ky", "ky"),
        ("louisiana", "la", "la"), ("maine", nil, "me"), ("maryland", "md", "md"), ("massachusetts", "mass", "ma"),
        ("michigan", "mich", "mi"), ("minnesota", "minn", "mn"), ("mississippi", "miss", "ms"), ("missouri", "mo", "mo"),
        ("montana", "mont", "mt"), ("nebraska", "neb", "ne"), ("nevada", "nev", "nv"), ("new hampshire", "nh", "nh"),
        ("new jersey", "nj", "nj"), ("new mexico", "nm", "nm"), ("new york", "ny", "ny"), ("north carolina", "nc", "nc"),
        ("north dakota", "nd", "nd"), ("ohio", nil, "oh"), ("oklahoma", "okla", "ok"), ("oregon", "ore", "or"),
        ("pennsylvania", "pa", "pa"), ("rhode island", "ri", "ri"), ("south carolina", "sc", "sc"),
        ("south dakota", "sd", "sd"), ("tennessee", "tenn", "tn"), ("texas", nil, "tx"), ("utah", nil, "ut"),
        ("vermont", "vt", "vt"), ("virginia", "va", "va"), ("washington", "wash", "wa"), ("west virginia", "wva", "wv"),
        ("wisconsin", "wis", "wi"), ("wyoming", "wyo", "wy"),
    ]

    /// Titles before a name (AP Stylebook "titles", "military titles" and "legislative
    /// titles"): (abbreviation, written out).
    public static let titles: [(String, String)] = [
        ("sen", "senator"), ("rep", "representative"), ("gov", "governor"), ("lt gov", "lieutenant governor"),
        ("gen", "general"), ("lt gen", "lieutenant general"), ("maj gen", "major general"), ("brig gen", "brigadier general"),
        ("col", "colonel"), ("lt col", "lieutenant colonel"), ("maj", "major"), ("capt", "captain"), ("lt", "lieutenant"),
        ("sgt", "sergeant"), ("cpl", "corporal"), ("pvt", "private"), ("adm", "admiral"), ("rear adm", "rear admiral"),
        ("vice adm", "vice admiral"), ("cmdr", "commander"), ("cdr", "commander"), ("dr", "doctor"), ("prof", "professor"),
        ("rev", "reverend"), ("atty gen", "attorney general"), ("supt", "superintendent"),
    ]

    /// Party labels: the letter of "(R-Neb.)" and the words for it.
    public static let parties: [(String, String)] = [
        ("d", "democrat"), ("democratic", "democrat"), ("r", "republican"), ("gop", "republican"),
        ("i", "independent"),
    ]

    /// Time zones and the ways of naming them (US and world zones that news wires use):
    /// (written form, zone). "Washington time" is Eastern time; summer and winter forms
    /// ("EDT", "EST") name the same clock for a reader.
    public static let timeZones: [(String, String)] = [
        ("et", "ET"), ("edt", "ET"), ("est", "ET"), ("eastern", "ET"), ("eastern time", "ET"), ("washington time", "ET"),
        ("new york time", "ET"), ("ct", "CT"), ("cdt", "CT"), ("cst", "CT"), ("central time", "CT"),
        ("mt", "MT"), ("mdt", "MT"), ("mst", "MT"), ("mountain time", "MT"), ("pt", "PT"), ("pdt", "PT"),
        ("pst", "PT"), ("pacific time", "PT"), ("gmt", "UTC"), ("utc", "UTC"), ("greenwich mean time", "UTC"),
        ("moscow time", "MSK"), ("msk", "MSK"),
    ]

    /// Countries' short forms (AP Stylebook: "Britain", "U.K.", "United States", "U.S.").
    public static let countries: [(String, String)] = [
        ("united kingdom", "UK"), ("great britain", "UK"), ("britain", "UK"), ("uk", "UK"),
        ("united states", "US"), ("united states of america", "US"), ("us", "US"), ("usa", "US"), ("america", "US"),
    ]

    /// Month names and their AP abbreviations ("Aug.", "Sept."): the one table of months,
    /// `Vocabulary.months`.
    public static let months: [(String, Int)] = Vocabulary.months

    /// Written forms that only count in capitals: postal codes and "US" are also words
    /// ("in", "or", "me", "us", "hi").
    static let capitalsOnly: Set<String> = Set(states.map(\.postal)).union(["us"])

    /// Every written form → its canonical form, built from the tables above.
    static let phrases: [String: String] = {
        var m: [String: String] = [:]
        func add(_ k: String, _ v: String) { if m[k] == nil { m[k] = v } }
        for s in states {
            add(s.name, "state:" + s.name); add(s.postal, "state:" + s.name)
            if let a = s.ap { add(a, "state:" + s.name) }
        }
        for (a, b) in titles { add(a, "title:" + b); add(b, "title:" + b) }
        // Zones of more than one word are unambiguous; the abbreviations ("CT" is also
        // Connecticut's code, "MT" Montana's) are read only after a clock time (`zoneOf`).
        for (a, b) in timeZones where a.containsBytes(" ") { add(a, "zone:" + b) }
        for (a, b) in countries { add(a, "country:" + b) }
        return m
    }()
    static let longestPhrase = phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1
    static let zoneOf: [String: String] = Dictionary(timeZones.map { ($0.0, "zone:" + $0.1) }, uniquingKeysWith: { a, _ in a })
    static let monthOf: [String: Int] = Dictionary(months, uniquingKeysWith: { a, _ in a })
    static let partyOf: [String: String] = Dictionary(parties, uniquingKeysWith: { a, _ in a })

    // MARK: canonical form

    /// One word of a stretch: its key and how it is written.
    struct Word { var key: String; var number: Bool; var capitals: Bool; var capitalised: Bool }

    /// The canonical form of a stretch of tokens: punctuation dropped, table forms replaced
    /// by their canonical ones, clock times in 24-hour form, dates as year-month-day, and
    /// filler words of the long forms ("of", "from", "the" before a country) dropped.
    /// Returns the forms and whether any table or time/date rule applied.
    static func canonical(_ ts: ArraySlice<Token>, _ text: [UInt8]) -> ([String], Bool) {
        var words: [Word] = []
        for t in ts where t.kind != .punctuation {
            let bytes = text[t.start..<t.end]
            let letters = bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            let caps = !letters.isEmpty && letters.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            let first = bytes.first ?? 0
            words.append(Word(key: t.key, number: t.kind == .number, capitals: caps, capitalised: first >= 0x41 && first <= 0x5A))
        }
        var out: [String] = [], used = false
        var i = 0
        while i < words.count {
            // Clock times: "6", "6:30", "06:00", "6am", "6:30pm", then "a.m."/"am"/"p.m."/"pm".
            if words[i].number, let (t, n) = clock(words, i) { out.append(t); i += n; used = true; continue }
            if words[i].key == "noon" { out.append("time:12:00"); i += 1; used = true; continue }
            if words[i].key == "midnight" { out.append("time:00:00"); i += 1; used = true; continue }
            // A zone abbreviation right after a time ("6 p.m. EDT", "noon ET").
            if let z = zoneOf[words[i].key], !words[i].key.containsBytes(" "), out.last?.hasPrefix("time:") == true, words[i].capitalised {
                out.append(z); i += 1; used = true; continue
            }
            // Table phrases, longest first (only from a word that starts one).
            var matched = false
            let starts = words[i].capitalised && triggers.contains(words[i].key)
            for len in stride(from: starts ? min(longestPhrase, words.count - i) : 0, through: 1, by: -1) {
                let key = words[i..<(i + len)].map(\.key).joined(separator: " ")
                guard let v = phrases[key] else { continue }
                if len == 1, capitalsOnly.contains(key), !words[i].capitals { continue }
                // A one-word title or state abbreviation must be capitalised ("Gen.", "Calif.").
                if !words[i].capitalised && !words[i].number { continue }
                out.append(v); i += len; used = true; matched = true
                break
            }
            if matched { continue }
            // A party letter before a state ("D-Calif."), or a party word.
            if let p = partyOf[words[i].key], words[i].capitalised,
               words[i].key.count > 1 || (i + 1 < words.count && phraseIsState(words, i + 1)) {
                out.append("party:" + p); i += 1; used = true; continue
            }
            if ["democrat", "republican", "independent"].contains(words[i].key) && words[i].capitalised {
                out.append("party:" + words[i].key); i += 1; continue
            }
            if let m = monthOf[words[i].key], words[i].capitalised, words[i].key != "may" || nextToNumber(words, i) {
                out.append("month:\(m)"); i += 1; used = true; continue
            }
            out.append(words[i].number ? numberForm(words[i].key) : words[i].key)
            i += 1
        }
        out = dates(out)
        // Fillers of the long forms: "Democrat of California", "the United States".
        var clean: [String] = []
        for (k, w) in out.enumerated() {
            if (w == "of" || w == "from"), k > 0, out[k - 1].hasPrefix("party:"), k + 1 < out.count, out[k + 1].hasPrefix("state:") { continue }
            if w == "the", k + 1 < out.count, out[k + 1].hasPrefix("country:") { continue }
            clean.append(w)
        }
        return (clean, used)
    }

    static func phraseIsState(_ words: [Word], _ i: Int) -> Bool {
        for len in stride(from: min(longestPhrase, words.count - i), through: 1, by: -1) {
            let key = words[i..<(i + len)].map(\.key).joined(separator: " ")
            if let v = phrases[key], v.hasPrefix("state:") { return true }
        }
        return false
    }

    static func nextToNumber(_ words: [Word], _ i: Int) -> Bool {
        (i + 1 < words.count && words[i + 1].number) || (i > 0 && words[i - 1].number)
    }

    /// A number without leading zeros ("01" → "1"); other numbers as written.
    static func numberForm(_ k: String) -> String {
        guard k.allSatisfy(\.isNumber), let v = Int(k) else { return k }
        return String(v)
    }

    /// A clock time at `i`: its 24-hour form and how many words it took. "6 a.m." →
    /// "time:06:00"; "6:30 p.m." → "time:18:30"; "06:00" → "time:06:00"; a bare hour is not
    /// a time.
    static func clock(_ words: [Word], _ i: Int) -> (String, Int)? {
        var k = words[i].key, n = 1
        var suffix = ""
        for s in ["am", "pm"] where k.hasSuffix(s) { suffix = s; k.removeLast(2) }
        if suffix.isEmpty, i + 1 < words.count, words[i + 1].key == "am" || words[i + 1].key == "pm" { suffix = words[i + 1].key; n = 2 }
        let parts = k.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              var h = Int(parts[0]), let m = parts.count > 1 ? Int(parts[1]) : 0, m < 60 else { return nil }
        if suffix.isEmpty && parts.count == 1 { return nil }
        if suffix == "pm" && h < 12 { h += 12 } else if suffix == "am" && h == 12 { h = 0 }
        guard h < 24 else { return nil }
        return ("time:" + (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)"), n)
    }

    /// Joins a month with its day and year in either order ("June 1, 2019", "1 June 2019",
    /// "Jun 01, 2019"), and year-month-day numbers ("2019-06-01"), into "date:2019-6-1".
    static func dates(_ xs: [String]) -> [String] {
        func day(_ s: String) -> Int? { Int(s).flatMap { (1...31).contains($0) ? $0 : nil } }
        func year(_ s: String) -> Int? { s.count == 4 ? Int(s).flatMap { (1000...2999).contains($0) ? $0 : nil } : nil }
        var out: [String] = []
        var i = 0
        while i < xs.count {
            if xs[i].hasPrefix("month:") {
                let m = xs[i].dropFirst(6)
                if i + 1 < xs.count, let d = day(xs[i + 1]) {
                    let y = i + 2 < xs.count ? year(xs[i + 2]) : nil
                    out.append("date:\(y.map(String.init) ?? "?")-\(m)-\(d)"); i += y == nil ? 2 : 3; continue
                }
                if i + 1 < xs.count, let y = year(xs[i + 1]) { out.append("date:\(y)-\(m)-?"); i += 2; continue }
            }
            if let d = day(xs[i]), i + 1 < xs.count, xs[i + 1].hasPrefix("month:") {
                let m = xs[i + 1].dropFirst(6)
                let y = i + 2 < xs.count ? year(xs[i + 2]) : nil
                out.append("date:\(y.map(String.init) ?? "?")-\(m)-\(d)"); i += y == nil ? 2 : 3; continue
            }
            if let y = year(xs[i]), i + 2 < xs.count, let m = Int(xs[i + 1]), (1...12).contains(m), let d = day(xs[i + 2]) {
                out.append("date:\(y)-\(m)-\(d)"); i += 3; continue
            }
            out.append(xs[i]); i += 1
        }
        return out
    }

    /// True when two changed stretches say the same thing in two house styles: the same
    /// canonical words, and either a table, time or date rule applied, or only punctuation
    /// moved (the same marks in another order: `"no."` / `"no".`).
    static func same(_ a: ArraySlice<Token>, _ b: ArraySlice<Token>, _ ta: [UInt8], _ tb: [UInt8]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        // Quick path (most changes of a reworded copy): no word a rule reads, so only the
        // punctuation rule can apply — the same words, the same marks in another order.
        if !mayApply(a, ta) && !mayApply(b, tb) {
            guard a.count == b.count, a.lazy.filter({ $0.kind != .punctuation }).map(\.key).elementsEqual(b.lazy.filter({ $0.kind != .punctuation }).map(\.key)) else { return false }
            return a.filter { $0.kind == .punctuation }.map(\.key).sorted() == b.filter { $0.kind == .punctuation }.map(\.key).sorted()
        }
        let (ca, ua) = canonical(a, ta), (cb, ub) = canonical(b, tb)
        guard ca == cb else { return false }
        if ua || ub { return !ca.isEmpty }
        // Punctuation only moved.
        let pa = a.filter { $0.kind == .punctuation }.map(\.key).sorted(), pb = b.filter { $0.kind == .punctuation }.map(\.key).sorted()
        return pa == pb
    }

    /// One-word abbreviations of the tables and the one word they stand for, for sentence
    /// matching (`Terms.term`): states' AP forms and titles of one word, and months' short
    /// forms. Forms of two letters ("pa", "la") and those that are also common English words
    /// (`aliasesLeftOut`: "ill", "miss", "wash") are left out: a term is read without its capitals.
    static let aliasesLeftOut: Set<String> = ["ill", "miss", "wash", "mass", "ore", "rev", "col", "del", "ind", "gen", "rep"]
    static let termAliases: [String: String] = {
        var m: [String: String] = [:]
        for s in states where !s.name.containsBytes(" ") { if let a = s.ap, a.count >= 3, !a.containsBytes(" ") { m[a] = s.name } }
        for (a, b) in titles where !a.containsBytes(" ") && !b.containsBytes(" ") && a.count >= 3 { m[a] = b }
        for (a, n) in months where a.count >= 3 && a.count <= 4 { if let full = months.first(where: { $0.1 == n && $0.0.count > 4 })?.0 { m[a] = full } }
        for k in aliasesLeftOut { m[k] = nil }
        return m
    }()

    /// Keys that can start a rule: the first word of every table form, months, party words,
    /// zone abbreviations, "noon", "midnight", "am", "pm". A stretch with none of these (and no
    /// number) can only match by moved punctuation.
    static let triggers: Set<String> = {
        var t: Set<String> = ["democrat", "republican", "independent"]
        for k in phrases.keys { t.insert(String(k.split(separator: " ")[0])) }
        for (m, _) in months { t.insert(m) }
        // Party letters ("D", "R", "I") only count beside a state, which is a trigger itself;
        // the pronoun "I" would make every quotation a candidate.
        for (p, _) in parties where p.count > 1 { t.insert(p) }
        for (z, _) in timeZones { t.insert(String(z.split(separator: " ")[0])) }
        return t
    }()

    /// Words a rule reads in lower case.
    static let lowerCaseTriggers: Set<String> = ["noon", "midnight", "am", "pm"]

    /// True when a rule other than moved punctuation may apply to the stretch: it has a
    /// number, a lower-case trigger, or a capitalised word that starts a table form (every
    /// table form is read only capitalised).
    static func mayApply(_ ts: ArraySlice<Token>, _ text: [UInt8]) -> Bool {
        ts.contains { t in
            if t.kind == .number { return true }
            guard t.kind == .word else { return false }
            if lowerCaseTriggers.contains(t.key) { return true }
            let c = text[t.start]
            return c >= 0x41 && c <= 0x5A && triggers.contains(t.key)
        }
    }

    /// Words after which a full stop is the abbreviation's, not the sentence's: the short
    /// forms of the tables and "a.m."/"p.m.".
    static let abbreviations: Set<String> = {
        var s: Set<String> = ["am", "pm"]
        for st in states { if let a = st.ap { s.insert(a.split(separator: " ").last.map(String.init) ?? a) } }
        for (a, _) in titles { s.insert(a.split(separator: " ").last.map(String.init) ?? a) }
        for (m, _) in months where m.count <= 4 { s.insert(m) }
        return s
    }()

    /// True when two names are the same referent in two house styles ("Calif." /
    /// "California", "Britain" / "United Kingdom"). Keys are lower-case words separated by
    /// spaces; capitals are assumed (they are names).
    static func sameReferent(_ a: String, _ b: String) -> Bool {
        func form(_ s: String) -> [String] {
            let words = s.split(separator: " ").map { Word(key: String($0), number: false, capitals: $0.count <= 3, capitalised: true) }
            var out: [String] = []
            var i = 0
            outer: while i < words.count {
                for len in stride(from: min(longestPhrase, words.count - i), through: 1, by: -1) {
                    let key = words[i..<(i + len)].map(\.key).joined(separator: " ")
                    if let v = phrases[key] { out.append(v); i += len; continue outer }
                }
                if let p = partyOf[words[i].key] { out.append("party:" + p) }
                else if let m = monthOf[words[i].key] { out.append("month:\(m)") } // "October" / "Oct."
                else { out.append(words[i].key) }
                i += 1
            }
            return out.filter { $0 != "of" && $0 != "the" }
        }
        let fa = form(a), fb = form(b)
        return !fa.isEmpty && fa == fb && fa.contains { $0.contains(":") }
    }
}
