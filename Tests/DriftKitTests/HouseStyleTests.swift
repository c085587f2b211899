import Testing
@testable import DriftKit

/// House style is not drift: the conversions newsrooms make when they republish align as
/// typography and give no finding; a real change of the same kind is still an edit. The
/// sentences are written for these tests.
@Suite("House style")
struct HouseStyleTests {
    // MARK: the tables

    @Test("table keys are lower case, as token keys are")
    func keysAreLowerCase() {
        let keys = HouseStyle.states.flatMap { [$0.name, $0.postal] + ($0.ap.map { [$0] } ?? []) }
            + HouseStyle.titles.flatMap { [$0.0, $0.1] } + HouseStyle.parties.map(\.0) + HouseStyle.timeZones.map(\.0)
            + HouseStyle.countries.map(\.0) + HouseStyle.months.map(\.0)
        for k in keys { #expect(k == k.lowercased() && !k.isEmpty && !k.contains("."), "“\(k)”") }
    }

    @Test("no written form appears twice in a table, nor with two meanings across tables")
    func noDuplicates() {
        func dups(_ xs: [String]) -> [String] {
            var seen = Set<String>(), out: [String] = []
            for x in xs where !seen.insert(x).inserted { out.append(x) }
            return out
        }
        #expect(dups(HouseStyle.states.map(\.name)).isEmpty)
        #expect(dups(HouseStyle.states.map(\.postal)).isEmpty)
        #expect(dups(HouseStyle.states.compactMap(\.ap)).isEmpty)
        #expect(dups(HouseStyle.titles.map(\.0)).isEmpty)
        #expect(dups(HouseStyle.parties.map(\.0)).isEmpty)
        #expect(dups(HouseStyle.timeZones.map(\.0)).isEmpty)
        #expect(dups(HouseStyle.countries.map(\.0)).isEmpty)
        #expect(dups(HouseStyle.months.map(\.0)).isEmpty)
        // A state's AP form and postal code may agree ("ga"); a form must not name two things.
        var meaning: [String: String] = [:]
        var clashes: [String] = []
        func add(_ form: String, _ value: String) {
            if let m = meaning[form], m != value { clashes.append("\(form): \(m) / \(value)") }
            meaning[form] = value
        }
        for s in HouseStyle.states { add(s.name, s.name); add(s.postal, s.name); if let a = s.ap { add(a, s.name) } }
        for (a, b) in HouseStyle.titles { add(a, b); add(b, b) }
        // Zone abbreviations are read only after a clock time ("CT" is also Connecticut's
        // code), so only zones of several words share the table of names.
        for (a, b) in HouseStyle.timeZones where a.contains(" ") { add(a, b) }
        for (a, b) in HouseStyle.countries { add(a, b) }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test("every state has a postal code of two letters; 50 states and the District of Columbia")
    func statesComplete() {
        #expect(HouseStyle.states.count == 51)
        #expect(HouseStyle.states.allSatisfy { $0.postal.count == 2 })
        #expect(HouseStyle.states.filter { $0.ap == nil }.map(\.name).sorted() == ["alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah"])
    }

    @Test("an abbreviation weighs as its word in sentence matching; common words are left alone")
    func termAliases() {
        #expect(Terms.term(Token(start: 0, end: 3, kind: .word, key: "sen")) == Terms.term(Token(start: 0, end: 7, kind: .word, key: "senator")))
        #expect(Terms.term(Token(start: 0, end: 3, kind: .word, key: "neb")) == Terms.term(Token(start: 0, end: 8, kind: .word, key: "nebraska")))
        #expect(Terms.term(Token(start: 0, end: 4, kind: .word, key: "sept")) == Terms.term(Token(start: 0, end: 9, kind: .word, key: "september")))
        #expect(Terms.term(Token(start: 0, end: 3, kind: .word, key: "ill")) == "ill")
        #expect(HouseStyle.termAliases.keys.allSatisfy { $0 == $0.lowercased() && $0.count >= 3 })
    }

    @Test("a short sentence rewritten in house style still aligns with its source")
    func shortSentencesAlign() throws {
        let o = "Gov. Tim Walz (D-Minn.) signed the bill.\nRep. Al Smith (R-Neb.) objected.\nThe storm hit at 6 a.m. EDT on Sept. 3.\n"
        let c = "Governor Tim Walz, Democrat of Minnesota, signed the bill.\nRepresentative Al Smith, Republican of Nebraska, objected.\nThe storm hit at 06:00 ET on September 3.\n"
        let p = try ComparedPair(o, c)
        #expect(p.findings.isEmpty, "\(p.listing)")
        #expect(p.report.alignment.beads.count == 3 && p.report.alignment.beads.allSatisfy { $0.relation == .typographic })
    }

    // MARK: what a user sees

    static let story = """
    The Senate passed the water bill on Tuesday after a long night of talks.

    Sen. Jane Doe (D-Calif.) said the vote would take place at noon Washington time.

    The committee will meet again at 6 a.m. on June 1, 2019, in the United Kingdom.

    "We will not back down."

    Lt. Col. John Smith, a spokesman, said the troops had left Fort Bragg, N.C., on Aug. 23.

    """

    @Test("a house-style rewrite gives no finding, and the sentences align as typography",
          arguments: [
            ("Sen. Jane Doe (D-Calif.)", "Senator Jane Doe, Democrat of California,"),
            ("noon Washington time", "noon EDT"),
            ("noon Washington time", "noon ET"),
            ("at 6 a.m. on", "at 06:00 on"),
            ("at 6 a.m. on", "at 6 am on"),
            ("June 1, 2019", "1 June 2019"),
            ("June 1, 2019", "2019-06-01"),
            ("in the United Kingdom", "in Britain"),
            ("in the United Kingdom", "in the UK"),
            ("\"We will not back down.\"", "\"We will not back down\"."),
            ("Lt. Col. John Smith", "Lieutenant Colonel John Smith"),
            ("Fort Bragg, N.C., on Aug. 23", "Fort Bragg, North Carolina, on August 23"),
            ("Fort Bragg, N.C.,", "Fort Bragg, NC,"),
          ])
    func rewriteIsNotDrift(from: String, to: String) throws {
        let copy = Self.story.replacingOccurrences(of: from, with: to)
        #expect(copy != Self.story)
        let p = try ComparedPair(Self.story, copy)
        #expect(p.findings.isEmpty, "\(p.listing)")
        #expect(p.report.alignment.beads.allSatisfy { $0.relation == .identical || $0.relation == .typographic },
                "\(p.report.alignment.beads.map(\.relation))")
        let r = Report(original: p.original, copies: [p.report])
        #expect(!CheckPolicy().evaluate(r).failed)
    }

    @Test("the issue's two examples together in one sentence give no finding")
    func senatorAndTimeZone() throws {
        let o = "Sen. Jane Doe (D-Calif.) said the vote would take place at noon Washington time on Tuesday.\n"
        let c = "Senator Jane Doe, Democrat of California, said the vote would take place at noon EDT on Tuesday.\n"
        let p = try ComparedPair(o, c)
        #expect(p.findings.isEmpty, "\(p.listing)")
    }

    @Test("beside a real edit, the house-style part of the sentence is still no name change and no new actor")
    func houseStyleBesideARealEdit() throws {
        let o = "Sen. Jane Doe (D-Calif.) said the vote would be held at noon Washington time, and she called the bill a disgrace.\n"
        let c = "Senator Jane Doe, Democrat of California, said the vote would be held at noon EDT, and she called the bill a national disgrace.\n"
        let p = try ComparedPair(o, c)
        #expect(p.findings(.nameChange).isEmpty, "\(p.listing)")
        #expect(!p.findings.contains { $0.words.contains { ["california", "democrat", "senator"].contains($0.lowercased()) } }, "\(p.listing)")
        // The edit itself is visible in the diff: "national" is inserted, nothing else.
        let inserted = p.report.alignment.beads[0].diff.filter { $0.op == .insert }.compactMap { $0.copy }.map { p.copy.text($0.lowerBound, $0.upperBound) }
        #expect(inserted.map { $0.trimmingCharacters(in: .whitespaces) } == ["national"], "\(inserted)")
    }

    @Test("another state, party, zone or date is still a change",
          arguments: [
            ("Sen. Jane Doe (D-Calif.)", "Senator Jane Doe, Republican of California,"),
            ("Sen. Jane Doe (D-Calif.)", "Senator Jane Doe, Democrat of Nevada,"),
            ("noon Washington time", "noon PDT"),
            ("at 6 a.m. on", "at 6 p.m. on"),
            ("June 1, 2019", "2 June 2019"),
            ("in the United Kingdom", "in Ireland"),
          ])
    func realChangeStays(from: String, to: String) throws {
        let copy = Self.story.replacingOccurrences(of: from, with: to)
        let p = try ComparedPair(Self.story, copy)
        #expect(p.report.alignment.beads.contains { $0.relation == .edited || $0.relation == .paraphrase },
                "\(p.report.alignment.beads.map(\.relation))")
    }

    @Test("canonical forms", arguments: [
        ("6 a.m.", "06:00"), ("6:30 p.m.", "18:30"), ("noon", "12 p.m."), ("12 a.m.", "midnight"),
        ("Aug. 23", "23 August"), ("Jun 01, 2019", "June 1, 2019"), ("R-Neb.", "Republican of Nebraska"),
        ("the United States", "U.S."), ("W.Va.", "West Virginia"),
    ])
    func canonicalForms(a: String, b: String) throws {
        let da = try Document.from(text: a), db = try Document.from(text: b)
        let ta = da.sentences.flatMap(\.tokens), tb = db.sentences.flatMap(\.tokens)
        #expect(HouseStyle.same(ta[...], tb[...], da.source.text, db.source.text),
                "\(HouseStyle.canonical(ta[...], da.source.text).0) vs \(HouseStyle.canonical(tb[...], db.source.text).0)")
    }

    @Test("postal codes count only in capitals: “in” is not Indiana")
    func postalNeedsCapitals() throws {
        let da = try Document.from(text: "in"), db = try Document.from(text: "Indiana")
        let ta = da.sentences.flatMap(\.tokens), tb = db.sentences.flatMap(\.tokens)
        #expect(!HouseStyle.same(ta[...], tb[...], da.source.text, db.source.text))
    }
}
