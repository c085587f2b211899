import Testing
import DriftKit

/// Page structure before findings: a wire story republished with the page furniture of the
/// copy's site (copyright, rights notice, timestamps, sign-up box, controls) is clean, the
/// original's own furniture missing from the copy is not a major omission, and a real
/// sentence slipped in among the furniture is still caught. The texts are written for these
/// tests.
@Suite("Page zones")
struct PageZoneTests {
    /// The article as the wire sends it, with its own page furniture around it.
    static let article = """
    Storm cuts power to thousands along the coast

    Residents told to stay indoors as winds reach 90 mph

    By MARIA LOPEZ and TOM REED, Associated Press

    June 3, 2019

    Photo: AP.

    A lineman works on a toppled utility pole in Harbor City, Florida, Monday, June 3, 2019.

    HARBOR CITY, Fla. (AP) — A powerful storm knocked out electricity to more than 40,000 homes along the Gulf coast on Monday, utility officials said.

    The National Weather Service said wind gusts reached 90 mph near the shore before the storm weakened inland.

    Officials opened four shelters and urged residents in low-lying areas to leave before high tide.

    Crews from three neighboring states were on their way to help restore power, the utility said.

    Associated Press writer Jane Park contributed to this report.

    """

    /// The body of `article` alone, as a site republishes it.
    static let body = """
    HARBOR CITY, Fla. (AP) — A powerful storm knocked out electricity to more than 40,000 homes along the Gulf coast on Monday, utility officials said.

    The National Weather Service said wind gusts reached 90 mph near the shore before the storm weakened inland.

    Officials opened four shelters and urged residents in low-lying areas to leave before high tide.

    Crews from three neighboring states were on their way to help restore power, the utility said.

    """

    /// The copy site's furniture: timestamps, controls, a sign-up box, copyright and rights.
    static let wireCopy = """
    Storm cuts power to thousands along the coast

    Posted: 6:12 AM, Jun 04, 2019

    Updated: 2019-06-04 10:12:05Z

    Share

    Close

    """ + body + """

    Get the day's top stories in your inbox

    Thank you for signing up!

    © 2019 The Associated Press. All rights reserved.

    This material may not be published, broadcast, rewritten or redistributed.

    """

    static func checkFails(_ p: ComparedPair) -> Bool {
        let r = Report(original: p.original, copies: [p.report])
        return CheckPolicy().evaluate(r).failed
    }

    @Test("a wire copy with ©, a rights notice, timestamps, a sign-up box and a Close label gives only minor boilerplate, and the check passes")
    func wireCopyIsClean() throws {
        let p = try ComparedPair(Self.article, Self.wireCopy)
        #expect(p.majors.isEmpty, "\(p.listing)")
        #expect(p.findings(.insertion).isEmpty, "\(p.listing)")
        #expect(p.findings(.numberChange).isEmpty, "\(p.listing)")
        #expect(p.findings(.insertedNote).isEmpty, "\(p.listing)")
        #expect(!Self.checkFails(p), "\(p.listing)")
        // Every copy furniture line is covered by a minor boilerplate finding.
        let bp = p.findings(.boilerplate)
        #expect(bp.allSatisfy { $0.severity == .minor })
        for line in ["Posted: 6:12 AM", "Updated: 2019-06-04", "Share", "Close", "in your inbox", "Thank you for signing up!",
                     "© 2019 The Associated Press.", "may not be published"] {
            #expect(bp.contains { $0.copyContains(line) }, "no boilerplate covers “\(line)”\n\(p.listing)")
        }
    }

    @Test("the original's byline, dateline, deck and caption missing from the copy are minor at most")
    func droppedFurnitureIsMinor() throws {
        let p = try ComparedPair(Self.article, Self.body)
        #expect(p.majors.isEmpty, "\(p.listing)")
        let om = p.findings(.omission)
        #expect(!om.isEmpty, "\(p.listing)")
        #expect(om.allSatisfy { $0.severity == .minor && $0.rule == "omission.furniture" }, "\(p.listing)")
        #expect(om.contains { $0.originalContains("By MARIA LOPEZ") }, "\(p.listing)")
        #expect(om.contains { $0.originalContains("A lineman works on a toppled utility pole") }, "\(p.listing)")
        #expect(om.contains { $0.originalContains("contributed to this report") }, "\(p.listing)")
    }

    @Test("a real sentence inserted among the furniture is still a major insertion, and the check fails")
    func insertionAmongFurnitureIsCaught() throws {
        let added = "Local officials privately blame the utility's failure to trim trees along the power lines for the outages."
        let copy = Self.wireCopy.replacingOccurrences(of: "Thank you for signing up!\n", with: "Thank you for signing up!\n\n" + added + "\n")
        let p = try ComparedPair(Self.article, copy)
        let ins = p.findings(.insertion)
        #expect(ins.count == 1, "\(p.listing)")
        #expect(ins.first?.copy?.text == added)
        #expect(ins.first?.severity == .major)
        #expect(Self.checkFails(p), "\(p.listing)")
    }

    @Test("a blogger's introduction above the article is the re-publisher's note, not a headline, and the check fails")
    func introductionIsText() throws {
        let intro = "This is a must-read from the wire service:"
        let p = try ComparedPair(Self.body, "Storm cuts power to thousands\n\n" + intro + "\n\n" + Self.body)
        let notes = p.findings(.insertedNote)
        #expect(notes.contains { $0.copyContains(intro) && $0.rule == "inserted-note.introduction" && $0.severity == .major }, "\(p.listing)")
        #expect(!p.findings(.insertion).contains { $0.copyContains(intro) }, "\(p.listing)")
        #expect(Self.checkFails(p), "\(p.listing)")
    }

    @Test("a sentence slipped into the article that ends with a colon is still a major finding, and the check fails")
    func colonInTextIsNotAnIntroduction() throws {
        let added = "Local officials privately blamed the utility for the outages in a statement that read:"
        let copy = Self.body.replacingOccurrences(of: "Officials opened", with: added + "\n\nOfficials opened")
        let p = try ComparedPair(Self.body, copy)
        #expect(p.majors.contains { $0.copyContains("privately blamed") }, "\(p.listing)")
        #expect(Self.checkFails(p), "\(p.listing)")
    }

    @Test("a wire credit added to the dateline is not an inserted note", arguments: ["(AP)", "(CNN)", "(@CNN)", "(Reuters)"])
    func wireCreditIsNotANote(credit: String) throws {
        let original = Self.body.replacingOccurrences(of: "HARBOR CITY, Fla. (AP) —", with: "HARBOR CITY, Fla. —")
        let copy = Self.body.replacingOccurrences(of: "HARBOR CITY, Fla. (AP) —", with: "HARBOR CITY, Fla. \(credit) —")
        let p = try ComparedPair(original, copy)
        #expect(p.findings(.insertedNote).isEmpty, "\(p.listing)")
        #expect(p.majors.isEmpty, "\(p.listing)")
    }

    @Test("a bracketed remark in the same place is still a note")
    func remarkIsStillANote() throws {
        let copy = Self.body.replacingOccurrences(of: "utility officials said.", with: "utility officials said (but who believes them?).")
        let p = try ComparedPair(Self.body, copy)
        #expect(p.findings(.insertedNote).count == 1, "\(p.listing)")
    }

    @Test("a changed publication timestamp is not a number change")
    func timestampIsNotANumber() throws {
        let original = "Storm cuts power to thousands along the coast\n\nPosted: 11:16 PM, May 31, 2019\n\n" + Self.body
        let copy = "Storm cuts power to thousands along the coast\n\nPosted: 7:43 AM, Jun 01, 2019\n\n" + Self.body
        let p = try ComparedPair(original, copy)
        #expect(p.findings(.numberChange).isEmpty, "\(p.listing)")
        #expect(p.majors.isEmpty, "\(p.listing)")
        let bp = p.findings(.boilerplate)
        #expect(bp.count == 1 && bp.first?.rule == "boilerplate.changed-furniture", "\(p.listing)")
    }

    @Test("a changed number in the article text is still a number change")
    func bodyNumberStillCounts() throws {
        let copy = Self.body.replacingOccurrences(of: "more than 40,000 homes", with: "more than 4,000 homes")
        let p = try ComparedPair(Self.body, copy)
        #expect(p.findings(.numberChange).count == 1, "\(p.listing)")
    }

    /// A wire page's top as some sites print it: the headline, a summary deck, timestamps, a
    /// byline on two lines ("By …" / the agency), then the story, with a widget's one-word
    /// label in the text and the wire's credit to its researchers at the end.
    static func wirePage(deck: String) -> String {
        "Storm cuts power to thousands along the coast\n" + deck + "\n"
            + "Tuesday, June 4th 2019, 6:12 AM EDT\nUpdated:\nTuesday, June 4th 2019, 10:12 AM EDT\nBy MARIA LOPEZ\nAssociated Press\n"
            + body.replacingOccurrences(of: "Officials opened", with: "AlertMe\nOfficials opened")
            + "___\nAssociated Press researchers Jane Park and Tom Reed contributed from New York.\n"
    }

    @Test("a deck that sums up the story, an agency line under the byline, a widget label and a researchers' credit are furniture, and the check passes")
    func wirePageTopIsFurniture() throws {
        let deck = "A powerful storm knocked out electricity to more than 40,000 homes as crews from three states headed to help restore power."
        let copy = Self.wirePage(deck: deck)
        let d = try Document.from(text: copy)
        let zones = d.zones()
        func zone(_ prefix: String) -> Zone? { d.sentences.first { d.text(of: $0).hasPrefix(prefix) }.map { zones[$0.id] } }
        #expect(zone("A powerful storm knocked") == .deck)
        #expect(d.sentences.first { d.text(of: $0) == "Associated Press" }.map { zones[$0.id] } == .byline)
        #expect(zone("AlertMe") == .action)
        #expect(zone("Associated Press researchers") == .credit)
        #expect(zone("HARBOR CITY, Fla.") == .body)
        let p = try ComparedPair(Self.body, copy)
        #expect(p.majors.isEmpty, "\(p.listing)")
        #expect(!Self.checkFails(p), "\(p.listing)")
    }

    @Test("a claim the story does not make, in the deck's place, stays article text: a major insertion, and the check fails")
    func claimInDeckPlaceIsText() throws {
        let claim = "Insiders say the governor ignored warnings from engineers for years and covered up the budget shortfall."
        let p = try ComparedPair(Self.body, Self.wirePage(deck: claim))
        #expect(p.findings(.insertion).contains { $0.copyContains("Insiders say the governor") && $0.severity == .major }, "\(p.listing)")
        #expect(Self.checkFails(p), "\(p.listing)")
    }

    @Test("zones of a news page")
    func zonesOfAPage() throws {
        let d = try Document.from(text: Self.wireCopy.replacingOccurrences(of: "Close\n", with: "Close\n\n" + Self.article))
        let zones = d.zones()
        func zone(_ prefix: String) -> Zone? {
            d.sentences.first { d.text(of: $0).hasPrefix(prefix) }.map { zones[$0.id] }
        }
        #expect(zone("Storm cuts power") == .headline)
        #expect(zone("Posted: 6:12 AM") == .dateline)
        #expect(zone("Updated: 2019") == .dateline)
        #expect(zone("Share") == .action)
        #expect(zone("Close") == .action)
        #expect(zone("By MARIA LOPEZ") == .byline)
        #expect(zone("Photo: AP.") == .credit)
        #expect(zone("A lineman works") == .caption)
        #expect(zone("HARBOR CITY, Fla.") == .body)
        #expect(zone("The National Weather Service said") == .body)
        #expect(zone("Associated Press writer Jane Park contributed") == .credit)
        #expect(zone("Get the day's top stories") == .action)
        #expect(zone("Thank you for signing up!") == .action)
        #expect(zone("© 2019") == .credit)
        #expect(zone("This material may not be published") == .credit)
    }

    @Test("more furniture lines of news pages", arguments: [
        ("Story continues below advertisement", Zone.action),
        ("Get the latest news delivered to your inbox.", .action),
        ("Updated 12 minutes ago", .dateline),
        ("Last Updated: June 3, 2019 at 4:05 p.m. ET", .dateline),
        ("RELATED: Storm batters coast", .navigation),
        ("Related Content", .navigation),
        ("Copyright 2019 The Associated Press. All rights reserved.", .credit),
        ("FILE - In this June 1, 2018, file photo, a truck drives through floodwater in Harbor City.", .caption),
        ("A man carries sandbags near the shore in Harbor City. (AP Photo/Jane Roe)", .caption),
        ("Associated Press researchers Jane Roe and John Doe contributed from New York.", .credit),
        ("AP writer Jane Roe contributed.", .credit),
    ])
    func moreFurniture(line: String, zone: Zone) throws {
        let d = try Document.from(text: Self.body + "\n" + line + "\n\n" + "The utility said repairs could take a week.\n")
        let zones = d.zones()
        let k = try #require(d.sentences.firstIndex { d.text(of: $0).hasPrefix(line.prefix(20)) })
        #expect(zones[k] == zone, "\(d.sentences.map { (d.text(of: $0).prefix(30), zones[$0.id]) })")
    }

    @Test("sentences that share words with furniture stay article text", arguments: [
        "By Friday, about 40 people were still in the hospital.",
        "The copyright lawsuit over the song was filed in federal court last year.",
        "She contributed to the report on coastal flooding before she retired.",
        "More than 200 homes were destroyed.",
        "Share prices fell sharply after the announcement on Monday.",
        "Officials said the storm had moved inland by 10 p.m. on Monday, June 3.",
        "The company contributed from its own funds to the relief effort.",
        "Two local businesses contributed from their profits.",
    ])
    func articleTextStaysBody(sentence: String) throws {
        let d = try Document.from(text: Self.body + "\n" + sentence + "\n\n" + "The utility said repairs could take a week.\n")
        let zones = d.zones()
        let k = try #require(d.sentences.firstIndex { d.text(of: $0) == sentence })
        #expect(zones[k] == .body, "\(zones[k])")
    }

    @Test("article text never becomes furniture: every sentence of the seed articles' bodies is body")
    func seedBodiesAreBody() throws {
        // The first and last lines of a page are where furniture lives; a sentence of the
        // running text in the middle of a seed is never furniture.
        for name in Fixtures.seedNames {
            let d = try Document.load(path: Fixtures.seedPath(name))
            let zones = d.zones()
            let long = d.sentences.filter { !$0.isLine && $0.tokens.count >= 25 }
            let middle = long.dropFirst(2).dropLast(2)
            let furniture = middle.filter { zones[$0.id] != .body }
            #expect(furniture.isEmpty, "\(name): \(furniture.map { d.text(of: $0).prefix(80) })")
        }
    }

    /// An essay as a magazine publishes it: a title-case headline over its authors' names.
    static let essay = """
    The Quiet Collapse Of Rural Banking

    Maria Lopez and Tom Reed

    Small-town banks have been closing branches for a decade, and the pace picked up sharply after interest rates rose last year.

    Farmers now drive an hour or more to reach a loan officer, according to a survey of 1,200 growers in five states.

    Regulators say the closures follow the customers, who bank on their phones, but credit unions report record demand for in-person service.

    """

    /// `essay` as a syndicator runs it: its own title line, the authors as notes above the text.
    static let essayWithNotes = """
    Rural banking quietly collapses

    Maria Lopez is a senior fellow at the Center for Rural Policy and a former bank examiner.

    Tom Reed — economics reporter, based in Omaha.

    Small-town banks have been closing branches for a decade, and the pace picked up sharply after interest rates rose last year.

    Farmers now drive an hour or more to reach a loan officer, according to a survey of 1,200 growers in five states.

    Regulators say the closures follow the customers, who bank on their phones, but credit unions report record demand for in-person service.

    """

    @Test("a title-case headline over the authors' names is the headline, and the names are the byline")
    func titleCaseHeadline() throws {
        let d = try Document.from(text: Self.essay)
        let zones = d.zones()
        // Was: a top line of four capitalised words read as an agency's name (byline) and the
        // names under it as the headline.
        #expect(zones[0] == .headline)
        #expect(zones[1] == .byline)
        #expect(zones[2] == .body)
    }

    @Test("the original's authors described in notes above the copy are byline furniture, and the check passes")
    func authorNotesAreFurniture() throws {
        let p = try ComparedPair(Self.essay, Self.essayWithNotes)
        #expect(p.majors.isEmpty, "\(p.listing)")
        #expect(p.findings(.insertion).isEmpty, "\(p.listing)")
        #expect(p.findings(.boilerplate).contains { $0.copyContains("Maria Lopez is a senior fellow") }, "\(p.listing)")
        #expect(!Self.checkFails(p), "\(p.listing)")
    }

    @Test("beside the byline the copy keeps, a line describing an author is text: a major insertion, and the check fails")
    func authorSmearBesideByline() throws {
        let original = Self.essay.replacingOccurrences(of: "Maria Lopez and Tom Reed", with: "By Maria Lopez and Tom Reed")
        let smear = "Maria Lopez is a paid lobbyist for the big banks and has hidden it from her readers."
        let copy = original + "\n" + smear + "\n"
        let p = try ComparedPair(original, copy)
        #expect(p.findings(.insertion).contains { $0.copyContains("paid lobbyist") && $0.severity == .major }, "\(p.listing)")
        #expect(Self.checkFails(p), "\(p.listing)")
    }

    @Test("a statement by one of the authors put above the copy is text: a major insertion, and the check fails")
    func authorStatementIsText() throws {
        let claim = "Maria Lopez said regulators ignored three warnings from examiners about the closures."
        let p = try ComparedPair(Self.essay, Self.essayWithNotes.replacingOccurrences(of: "Tom Reed — economics reporter, based in Omaha.", with: claim))
        #expect(p.findings(.insertion).contains { $0.copyContains("ignored three warnings") && $0.severity == .major }, "\(p.listing)")
        #expect(Self.checkFails(p), "\(p.listing)")
    }
}

