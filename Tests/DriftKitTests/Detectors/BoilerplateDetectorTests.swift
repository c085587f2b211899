import Testing
import DriftKit

/// `boilerplate`: site furniture in a copy (comment forms, sign-up boxes, image credits) is
/// reported as furniture, minor, and not as inserted article text.
@Suite("BoilerplateDetector")
struct BoilerplateDetectorTests {
    static let libraries = OmissionDetectorTests.libraries

    @Test("furniture lines at the end of a copy are one boilerplate finding, not insertions")
    func furnitureAtTheEnd() throws {
        let copy = Self.libraries + """

        Image: Getty Images

        Sign up for our newsletter

        Leave a Reply

        You must be logged in to post a comment.

        """
        let p = try ComparedPair(Self.libraries, copy)
        let bp = p.findings(.boilerplate)
        #expect(bp.count == 1, "\(p.listing)")
        let f = try #require(bp.first)
        #expect(f.copyContains("Image: Getty Images", "Sign up for our newsletter", "Leave a Reply", "You must be logged in to post a comment."))
        #expect(f.severity == .minor)
        #expect(f.rule == "boilerplate.furniture")
        #expect(f.original == nil)
        #expect(p.findings(.insertion).isEmpty, "\(p.listing)")
        #expect(p.findings.count == 1, "\(p.listing)")
    }

    @Test("each furniture line alone is boilerplate", arguments: [
        "Leave a Reply",
        "You must be logged in to post a comment.",
        "Sign up for our newsletter",
        "Image: Getty Images",
    ])
    func singleLine(line: String) throws {
        let p = try ComparedPair(Self.libraries, Self.libraries + "\n" + line + "\n")
        let bp = p.findings(.boilerplate)
        #expect(bp.count == 1, "\(p.listing)")
        #expect(bp.first?.copy?.text == line)
        #expect(p.findings(.insertion).isEmpty, "\(p.listing)")
    }

    @Test("a real inserted sentence that mentions a newsletter stays an insertion")
    func sentenceMentioningNewsletter() throws {
        let added = "Campaigners said they would now use the council's own newsletter and social media pages to urge " +
            "residents to sign a second petition before the budget meeting in February."
        let copy = Self.libraries.replacingOccurrences(of: "The council leader,", with: added + " The council leader,")
        let p = try ComparedPair(Self.libraries, copy)
        #expect(p.findings(.boilerplate).isEmpty, "\(p.listing)")
        let ins = p.findings(.insertion)
        #expect(ins.count == 1, "\(p.listing)")
        #expect(ins.first?.copy?.text == added)
        // The grade is the measured one of the rules table (docs/findings.md, "Rule measurements").
        #expect(ins.first?.severity == Rules.rule(ins.first?.rule ?? "")?.severity)
    }

    /// A credit line whose other words are a photographer's and a paper's names: no furniture
    /// vocabulary but its first word ("Photograph:", "Illustration:") makes it a credit.
    @Test("a credit line naming a photographer is boilerplate, not an insertion",
          arguments: ["Photograph: Sergei Ivanov for The Guardian", "Illustration: Maria Keller"])
    func creditLine(line: String) throws {
        let p = try ComparedPair(Self.libraries, Self.libraries + "\n" + line + "\n")
        let bp = p.findings(.boilerplate)
        #expect(bp.count == 1, "\(p.listing)")
        #expect(bp.first?.copy?.text == line)
        #expect(bp.first?.why.contains("a credit or rights notice") == true, "\(bp.first?.why ?? "")")
        #expect(p.findings(.insertion).isEmpty, "\(p.listing)")
    }
}
