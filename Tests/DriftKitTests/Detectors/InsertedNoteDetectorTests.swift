import Testing
import DriftKit

/// `inserted-note`: annotations by the re-publisher — a note signed like an editor's
/// ("(Editor's note: …)", "— Approx. ed.)") or a bracketed remark or reaction the original
/// does not have ("(really?)").
@Suite("InsertedNoteDetector")
struct InsertedNoteDetectorTests {
    /// A health story; it has a parenthesis of its own, “(BHF)”.
    static let walking = """
    A new study published in The Lancet suggests that regular walking may reduce the risk of heart disease in older adults. \
    Researchers followed 12,000 people aged over 65 for eight years. \
    Those who walked at least 30 minutes a day had a 20 percent lower rate of heart attacks. \
    The authors cautioned that the study was observational and could not prove cause and effect. \
    The research was funded by the British Heart Foundation (BHF).

    """

    static func replacing(_ a: String, with b: String) -> String { walking.replacingOccurrences(of: a, with: b) }

    static let editorsNote = replacing("could not prove cause and effect.",
                                       with: "could not prove cause and effect (Editor's note: the same team published a similar study in 2019).")
    static let approxNote = replacing("for eight years.", with: "for eight years (most of them in Scotland. — Approx. ed.).")

    @Test("“(Editor's note: …)” inside a sentence is a signed note")
    func editorsNoteInline() throws {
        let p = try ComparedPair(Self.walking, Self.editorsNote)
        let notes = p.findings(.insertedNote)
        #expect(notes.count == 1, "\(p.listing)")
        let f = try #require(notes.first)
        #expect(f.copy?.text == "(Editor's note: the same team published a similar study in 2019)")
        #expect(f.rule == "inserted-note.signed")
        #expect(f.severity == .major)
        #expect(f.originalContains("could not prove cause and effect"), "the original span is the sentence the note was added to")
    }

    @Test("“— Approx. ed.)” signs a note")
    func approxSignedNote() throws {
        let p = try ComparedPair(Self.walking, Self.approxNote)
        let notes = p.findings(.insertedNote)
        #expect(notes.count == 1, "\(p.listing)")
        let f = try #require(notes.first)
        #expect(f.copyContains("most of them in Scotland", "Approx. ed."))
        #expect(f.rule == "inserted-note.signed")
        #expect(f.message == "an editor's note added by the re-publisher")
    }

    @Test("a stock ticker added after a company's name “(NYSE: PEP)” is a reference, not a note")
    func tickerIsNotANote() throws {
        let o = "Results from soft drink maker PepsiCo Inc. were likely to be in the spotlight on Thursday, analysts said.\n"
        let p = try ComparedPair(o, o.replacingOccurrences(of: "PepsiCo Inc.", with: "PepsiCo Inc. (NYSE: PEP)"))
        #expect(p.findings(.insertedNote).isEmpty, "\(p.listing)")
        #expect(p.majors.isEmpty, "\(p.listing)")
    }

    @Test("an inline reaction “(really?)” is a note")
    func inlineReaction() throws {
        let copy = Self.replacing("lower rate of heart attacks.", with: "lower rate of heart attacks (really?).")
        let p = try ComparedPair(Self.walking, copy)
        let notes = p.findings(.insertedNote)
        #expect(notes.count == 1, "\(p.listing)")
        let f = try #require(notes.first)
        #expect(f.copy?.text == "(really?)")
        #expect(f.rule == "inserted-note.new-parenthetical")
        #expect(f.message.contains("reaction"))
        #expect(p.findings.count == 1, "the reaction is the only change: \(p.listing)")
    }

    @Test("a note standing as its own sentence is a note, not an insertion")
    func wholeSentenceNotes() throws {
        let copy = """
        A new study published in The Lancet suggests that regular walking may reduce the risk of heart disease in older adults. \
        Researchers followed 12,000 people aged over 65 for eight years. \
        Those who walked at least 30 minutes a day had a 20 percent lower rate of heart attacks. \
        Walking clubs have since become popular across Europe. — Approx. transl. \
        The authors cautioned that the study was observational and could not prove cause and effect. \
        (Editor's note: the study was not peer reviewed.) \
        The research was funded by the British Heart Foundation (BHF).

        """
        let p = try ComparedPair(Self.walking, copy)
        let notes = p.findings(.insertedNote)
        #expect(notes.count == 2, "\(p.listing)")
        #expect(notes.contains { $0.copyContains("Walking clubs", "Approx. transl.") && $0.original == nil })
        #expect(notes.contains { $0.copy?.text == "(Editor's note: the study was not peer reviewed.)" })
        #expect(notes.allSatisfy { $0.rule == "inserted-note.signed" })
        #expect(p.findings(.insertion).isEmpty, "a signed note is reported once, as a note: \(p.listing)")
    }

    @Test("a bracketed remark added by the re-publisher")
    func bracketedRemark() throws {
        let copy = Self.replacing("funded by the British Heart Foundation (BHF).",
                                  with: "funded by the British Heart Foundation (BHF) [a charity close to the government].")
        let p = try ComparedPair(Self.walking, copy)
        let notes = p.findings(.insertedNote)
        #expect(notes.count == 1, "\(p.listing)")
        #expect(notes.first?.copy?.text == "[a charity close to the government]")
        #expect(notes.first?.rule == "inserted-note.new-parenthetical")
    }

    @Test("a parenthesis the original already has is not a note")
    func parenthesisInOriginal() throws {
        // The copy keeps “(BHF)” and rewrites it slightly as “(the BHF)”.
        let p1 = try ComparedPair(Self.walking, Self.walking)
        #expect(p1.findings.isEmpty, "\(p1.listing)")
        let copy = Self.replacing("(BHF).", with: "(the BHF).")
        let p2 = try ComparedPair(Self.walking, copy)
        #expect(p2.findings(.insertedNote).isEmpty, "\(p2.listing)")
        #expect(p2.findings.isEmpty, "\(p2.listing)")
    }

    @Test("a parenthesis of the original kept in a reworded sentence is not a note")
    func parenthesisInRewordedSentence() throws {
        let copy = Self.replacing("The research was funded by the British Heart Foundation (BHF).",
                                  with: "Funding for the research came from the British Heart Foundation (BHF).")
        let p = try ComparedPair(Self.walking, copy)
        #expect(p.findings(.insertedNote).isEmpty, "\(p.listing)")
    }

    @Test("a note inside a sentence is reported once, as a note — not also as an insertion",
          arguments: [editorsNote, approxNote])
    func noteIsNotAlsoAnInsertion(copy: String) throws {
        let p = try ComparedPair(Self.walking, copy)
        let note = try #require(p.findings(.insertedNote).first, "\(p.listing)")
        // Was a bug (fixed): InsertedNoteDetector claims the copy sentence only when the note is a whole
        // sentence; a note inside an aligned sentence is not excluded from
        // InsertionDetector's clause rule. When the note mentions a number or a name the
        // original lacks (“2019”, “Scotland”), the same bracketed text is reported a second
        // time as a major insertion (insertion.new-entity-clause) with the same copy span.
        #expect(!p.findings(.insertion).contains { $0.copyOverlaps(note) }, "\(p.listing)")
    
    }

    @Test("an inserted sentence starting “Approximately …” is an insertion, not an editor's note")
    func approximatelyIsNotASignature() throws {
        let copy = Self.replacing("Researchers followed 12,000 people aged over 65 for eight years. ",
                                  with: "Researchers followed 12,000 people aged over 65 for eight years. Approximately half of them lived alone in rural villages. ")
        #expect(copy != Self.walking)
        let p = try ComparedPair(Self.walking, copy)
        #expect(p.findings(.insertedNote).isEmpty, "\(p.listing)")
        let ins = p.findings(.insertion)
        #expect(ins.count == 1, "\(p.listing)")
        #expect(ins.first?.copy?.text == "Approximately half of them lived alone in rural villages.")
        #expect(ins.first?.rule == "insertion.unaligned-sentences")
    }
}
