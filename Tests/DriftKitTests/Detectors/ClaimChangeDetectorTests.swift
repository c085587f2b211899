import Testing
import DriftKit

/// `claim-change`: an aligned sentence that says something materially different — more
/// certain, intensified, with its causality reversed, or about other actors. Paraphrase is
/// not a finding.
@Suite("ClaimChangeDetector")
struct ClaimChangeDetectorTests {
    /// An EU-regulation story with a hedge, a hedging verb and a causal sentence.
    static let plastics = """
    The European Commission proposed new rules on Wednesday to limit the use of single-use plastics in restaurants. \
    Officials said the measure may give consumers more reusable options within two years. \
    A study by the Joint Research Centre suggests that the ban would cut plastic waste by a quarter. \
    Industry groups said the timetable was too short. \
    Prices rose because suppliers passed on higher costs. \
    The proposal now goes to the European Parliament.

    """

    static func changed(_ a: String, _ b: String) throws -> String {
        let s = plastics.replacingOccurrences(of: a, with: b)
        try #require(s != plastics, "the story does not contain “\(a)”")
        return s
    }

    @Test("hedge → certainty: “may give” → “will give” is a major claim change")
    func mayToWill() throws {
        let p = try ComparedPair(Self.plastics, try Self.changed("may give", "will give"))
        let cc = p.findings(.claimChange)
        #expect(cc.count == 1, "\(p.listing)")
        let f = try #require(cc.first)
        #expect(f.rule == "claim-change.certainty")
        #expect(f.severity == .major)
        #expect(f.copyContains("will give consumers"))
        #expect(f.originalContains("may give consumers"))
        #expect(f.words.contains("may") && f.words.contains("will"))
        #expect(p.findings.count == 1, "\(p.listing)")
    }

    @Test("hedging verb → proof: “suggests” → “proves” is a major claim change")
    func suggestsToProves() throws {
        let p = try ComparedPair(Self.plastics, try Self.changed("suggests that", "proves that"))
        let cc = p.findings(.claimChange)
        #expect(cc.count == 1, "\(p.listing)")
        let f = try #require(cc.first)
        #expect(f.rule == "claim-change.intensity")
        #expect(f.severity == .major)
        #expect(f.words.contains("proves"))
        #expect(f.copyContains("Joint Research Centre proves"))
    }

    @Test("causality reversed: “because” → “as a result”")
    func causalityReversed() throws {
        let p = try ComparedPair(Self.plastics, try Self.changed("Prices rose because suppliers", "Prices rose; as a result suppliers"))
        let cc = p.findings(.claimChange)
        #expect(cc.count == 1, "\(p.listing)")
        let f = try #require(cc.first)
        #expect(f.rule == "claim-change.causality")
        #expect(f.severity == .major)
        #expect(f.message.contains("because") && f.message.contains("as a result"))
        #expect(f.originalContains("Prices rose because"))
    }

    @Test("a plain synonym paraphrase with no change of certainty is not a claim change")
    func synonymParaphrase() throws {
        let copy = """
        The European Commission proposed new rules on Wednesday to restrict the use of disposable plastics in restaurants. \
        Officials said the measure may offer consumers more reusable choices within two years. \
        A study by the Joint Research Centre suggests that the ban would reduce plastic waste by a quarter. \
        Business groups said the timetable was too tight. \
        Prices rose because suppliers passed on higher costs. \
        The proposal now goes to the European Parliament.

        """
        let p = try ComparedPair(Self.plastics, copy)
        #expect(p.findings(.claimChange).isEmpty, "\(p.listing)")
        #expect(p.findings.isEmpty, "paraphrase is not a finding: \(p.listing)")
    }

    /// A crime story.
    static let thefts = """
    Police in Lyon arrested two men on Saturday in connection with a series of thefts from parked cars. \
    Investigators found stolen satnavs in a garage rented by one of the suspects. \
    The discovery links the men to the thefts, a police spokesman said. \
    Both men deny the charges. \
    "We are confident in the evidence," the prosecutor told local radio.

    """

    @Test("a booster added: “direct proof” is a major claim change")
    func directProof() throws {
        let copy = Self.thefts.replacingOccurrences(of: "The discovery links", with: "The discovery is direct proof that links")
        let p = try ComparedPair(Self.thefts, copy)
        let cc = p.findings(.claimChange)
        #expect(cc.count == 1, "\(p.listing)")
        let f = try #require(cc.first)
        #expect(f.rule == "claim-change.intensity")
        #expect(f.severity == .major)
        #expect(f.words.contains("direct") && f.words.contains("proof"))
        #expect(f.copyContains("direct proof"))
    }

    @Test("a booster added: “in an exclusive comment” is a major claim change")
    func exclusiveComment() throws {
        let copy = Self.thefts.replacingOccurrences(of: "told local radio.", with: "told local radio in an exclusive comment.")
        let p = try ComparedPair(Self.thefts, copy)
        let cc = p.findings(.claimChange)
        #expect(cc.count == 1, "\(p.listing)")
        #expect(cc.first?.severity == .major)
        #expect(cc.first?.words.contains("exclusive") == true)
        #expect(cc.first?.copyContains("exclusive comment") == true)
    }

    @Test("a weaker booster added (“sharply”) is a minor claim change")
    func minorBooster() throws {
        let original = """
        Germany's economy shrank by 0.3 percent in the second quarter, the Federal Statistical Office said on Tuesday. \
        Exports fell for a third consecutive month as demand from China weakened. \
        Economists polled by Reuters had expected a contraction of 0.1 percent.

        """
        let copy = original.replacingOccurrences(of: "Exports fell for", with: "Exports fell sharply for")
        let p = try ComparedPair(original, copy)
        let cc = p.findings(.claimChange)
        #expect(cc.count == 1, "\(p.listing)")
        #expect(cc.first?.severity == .minor)
        #expect(cc.first?.words == ["sharply"])
    }

    @Test("a hedge dropped with nothing added (“may give” → “gives”) is reported")
    func hedgeDroppedAlone() throws {
        let p = try ComparedPair(Self.plastics, try Self.changed("may give", "gives"))
        // Bug (or a gap between doc and code): ClaimChangeDetector's doc comment says "A
        // hedge dropped with nothing added is reported as an omitted qualifier instead", but
        // only Vocabulary.qualifiers (adverbs such as "widely", "roughly") are reported that way;
        // the branch for other hedges ("may", "suggests", "could") is dead code (`if false`).
        // The certainty rule needs "will" in the copy. Actual: no finding at all, although
        // the copy states as fact what the original gave as a possibility.
        #expect(!(p.findings(.claimChange) + p.findings(.omission)).isEmpty, "\(p.listing)")
    
    }

    @Test("other actors: “Industry groups said …” → “Ursula Becker and Tomas Novak said …” is a claim change about actors")
    func otherActors() throws {
        let p = try ComparedPair(Self.plastics, try Self.changed("Industry groups said the timetable", "Ursula Becker and Tomas Novak said the timetable"))
        let cc = p.findings(.claimChange)
        #expect(cc.count == 1, "\(p.listing)")
        let f = try #require(cc.first)
        #expect(f.rule == "claim-change.actors")
        // The grade is the measured one of the rules table (docs/findings.md, "Rule measurements").
        #expect(f.severity == Rules.rule(f.rule)?.severity)
        // The rules table words it "another referent" (the first name of the sentence takes
        // the place of the original's subject) or "other actors" (two names); both are actors.
        #expect(f.message.contains("Becker"), "\(f.message)")
        #expect(f.copyContains("Ursula Becker and Tomas Novak"))
    }
}
