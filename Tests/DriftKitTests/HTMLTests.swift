import Foundation
import Testing
@testable import DriftKit

/// A saved web page: only the article comes out; site furniture, scripts and hidden elements
/// never reach the comparison.
@Suite("HTML extraction")
struct HTMLTests {
    static func page() throws -> Document {
        try Fixtures.document(try Fixtures.bytes("fixtures/article-page.html"), path: "article-page.html")
    }

    @Test func onlyTheArticleTextComesOut() throws {
        let doc = try Self.page()
        #expect(doc.source.format == .html)
        #expect(doc.sentenceTexts == [
            "Putin plays for time",
            "Talks in Moscow ended without a deal on Friday.",
            "Officials said the next round could start soon.",
            "What the experts say",
            "Gen. Keith Kellogg was sidelined.",
            "Experts see a familiar pattern in the Kremlin’s tactics.",
            "Stalling on details",
            "Repeating talking points",
            "“Time is on his side,” one analyst said.",
            "An unclosed paragraph about sanctions.",
            "Russia will not disappear, the analysts agree.",
        ])
    }

    @Test func headingsAndListItemsAreLineUnits() throws {
        let doc = try Self.page()
        let lines = doc.sentences.filter(\.isLine).map { doc.text(of: $0) }
        #expect(lines == ["Putin plays for time", "What the experts say", "Stalling on details", "Repeating talking points"])
    }

    @Test("dropped and hidden content never appears", arguments: [
        "SCRIPT TEXT", "STYLE TEXT", "dataLayer", "font-family", "World news menu", "Home", "Related:",
        "newsletter", "Hidden teaser", "Invisible tracking", "Decorative pull quote", "Copyright", "Example News",
    ])
    func droppedContent(fragment: String) throws {
        let doc = try Self.page()
        let text = String(decoding: doc.source.text, as: UTF8.self)
        #expect(!text.contains(fragment), "\(fragment.debugDescription) leaked into: \(text.debugDescription)")
    }

    /// Regression: the <title> sits in <head>, which extraction skips, so it was never found.
    @Test func titleBecomesMetadata() throws {
        let doc = try Self.page()
        #expect(doc.source.metadata.first { $0.0 == "title" }?.1 == "Putin plays for time | Example News")
    }

    @Test func offsetsIndexTheExtractedText() throws {
        let doc = try Self.page()
        #expect(doc.source.text == doc.source.analysis)
        for s in doc.sentences {
            #expect(String(validating: doc.source.text[s.start..<s.end], as: UTF8.self) == doc.text(of: s))
        }
        // Blocks are separated by a blank line, inline white space is collapsed.
        let text = String(decoding: doc.source.text, as: UTF8.self)
        #expect(text.hasPrefix("Putin plays for time\n\nTalks in Moscow"))
        #expect(text.contains("familiar pattern in the Kremlin’s tactics."))
    }

    @Test func sniffedWithoutAnHTMLName() throws {
        let html = "<html><body><p>First paragraph here.</p><p>Second one.</p></body></html>"
        let doc = try Fixtures.document(html, path: "saved-page.txt")
        #expect(doc.source.format == .html)
        #expect(doc.sentenceTexts == ["First paragraph here.", "Second one."])
    }

    @Test func cyrillicPage() throws {
        let html = "<!doctype html><meta charset=utf-8><title>Итоги</title><p>Президент России В. В. Путин заявил, что переговоры идут.<p>Встреча прошла в 2024 г. в Москве."
        let doc = try Fixtures.document(html, path: "ru.html")
        #expect(doc.language == "ru")
        #expect(doc.sentenceTexts == ["Президент России В. В. Путин заявил, что переговоры идут.", "Встреча прошла в 2024 г. в Москве."])
    }

    @Test func pageWithoutReadableTextIsAnError() throws {
        // Its only text is a menu drift drops: the error says so, not "loaded by script".
        let html = "<html><head><script>render()</script></head><body><nav>Home</nav><div id=app></div></body></html>"
        #expect(throws: DriftError.self) { try Fixtures.document(html, path: "app.html") }
        do {
            _ = try Fixtures.document(html, path: "app.html")
        } catch let e as DriftError {
            #expect(e.subject == "app.html")
            #expect(e.message == "HTML page has no readable text: all its text (4 characters) is in parts drift drops (nav-element)")
        }
    }

    @Test func scriptShellIsNamedAsSuch() throws {
        let html = "<html><head><script>render()</script></head><body><div id=app></div><script src=app.js></script></body></html>"
        do {
            _ = try Fixtures.document(html, path: "app.html")
            Issue.record("an empty script shell was accepted")
        } catch let e as DriftError {
            #expect(e.message == "HTML page has no readable text: its body holds no text, only 1 script")
            #expect(e.hint?.contains("script shell") == true)
        }
    }

    /// Regression (issue 17): a page whose whole body sits in one <form> (ASP.NET) was refused
    /// as "no readable text".
    @Test func pageInsideOneFormIsRead() throws {
        let html = """
        <html><body><form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" value="x">
        <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
        <div class="article-body">
        <p>Thousands of people marched through the capital on Saturday, demanding new elections.</p>
        <p>The interior ministry said the protest was peaceful, and that no arrests were made.</p>
        </div>
        <label>Search</label><input type="text" name="q"><button>Go</button>
        </form></body></html>
        """
        let doc = try Fixtures.document(html, path: "form.html")
        #expect(doc.sentenceTexts == [
            "Thousands of people marched through the capital on Saturday, demanding new elections.",
            "The interior ministry said the protest was peaceful, and that no arrests were made.",
        ])
    }

    static let newsPage = """
    <html><head><title>Storm closes the coast road | Daily Example</title></head><body>
    <div class="navbar-collapse"><ul class="dropdown-menu"><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></div>
    <div class="layout">
      <div class="story">
        <h1>Storm closes the coast road</h1>
        <p class="dek">Engineers say repairs will take weeks.</p>
        <div class="byline">By Ana Lima</div>
        <time datetime="2024-03-02">March 2, 2024</time>
        <p>A winter storm washed away part of the coast road on Friday night, cutting off three villages from the nearest town.</p>
        <figure><img src="road.jpg"><figcaption>The road near the harbour, on Saturday morning.</figcaption></figure>
        <p>Engineers from the regional council, who inspected the damage on Saturday, said the repairs would take at least six weeks.</p>
        <aside class="pullquote">“We have never seen the sea come this far,” a resident said.</aside>
        <p>Until then, a ferry will run twice a day, and the council has asked residents to avoid travel where they can.</p>
        <p class="promo"><a href="/subscribe">READ MORE: Subscribe for the latest storm updates</a></p>
        <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
      </div>
      <div class="related-stories">
        <article class="item"><a href="/a"><h3>Ferry timetable changes</h3><p>Read about the new ferry times, and what they mean for commuters.</p></a></article>
        <article class="item"><a href="/b"><h3>Floods last winter</h3><p>Last year's floods caused damage worth millions, and left hundreds homeless.</p></a></article>
      </div>
      <div id="comments" class="comments-area"><ol class="commentlist">
        <li>Great reporting, thanks, I drive that road every day and it was bad, really bad.</li>
        <li>The council should have fixed this years ago, as everyone in the village knows.</li>
      </ol></div>
    </div>
    <div class="site-info">© 2024 Daily Example. All rights reserved. <a href="/privacy">Privacy</a></div>
    </body></html>
    """

    @Test func theArticleIsFoundAmongFurniture() throws {
        let doc = try Fixtures.document(Self.newsPage, path: "storm.html")
        let body = doc.sentences.filter { doc.source.markupRole(at: $0.start) == .body }.map { doc.text(of: $0) }
        #expect(body == [
            "A winter storm washed away part of the coast road on Friday night, cutting off three villages from the nearest town.",
            "Engineers from the regional council, who inspected the damage on Saturday, said the repairs would take at least six weeks.",
            "Until then, a ferry will run twice a day, and the council has asked residents to avoid travel where they can.",
        ])
        let all = String(decoding: doc.source.text, as: UTF8.self)
        for furniture in ["Home", "READ MORE", "Facebook", "Ferry timetable", "Great reporting", "All rights reserved"] {
            #expect(!all.contains(furniture), "\(furniture) reached the comparison")
        }
    }

    @Test func markupRolesAreKept() throws {
        let doc = try Fixtures.document(Self.newsPage, path: "storm.html")
        func role(_ prefix: String) -> MarkupRole? {
            doc.sentences.first { doc.text(of: $0).hasPrefix(prefix) }.flatMap { doc.source.markupRole(at: $0.start) }
        }
        #expect(role("Storm closes the coast road") == .headline)
        #expect(role("Engineers say repairs") == .deck)
        #expect(role("By Ana Lima") == .byline)
        #expect(role("March 2, 2024") == .dateline)
        #expect(role("The road near the harbour") == .caption)
        #expect(role("“We have never seen") == .pullquote)
        // Plain text has no markup roles.
        let plain = try Fixtures.document("Just a line of text.", path: "p.txt")
        #expect(plain.source.markupRole(at: 0) == nil)
    }

    @Test func headerOutsideTheArticleKeepsItsRoles() throws {
        let html = """
        <html><head><title>Bridge reopens after repairs - Example</title></head><body>
        <header class="page-head"><h1>Bridge reopens after repairs</h1>
        <p class="standfirst">Drivers can use it again from Monday.</p>
        <div class="byline">By Sam Ortiz</div><time datetime="2024-05-01">May 1, 2024</time></header>
        <div class="share-bar"><a href="#">Share</a></div>
        <div class="article-body">
        <p>The old bridge over the river reopened on Monday, after eight months of repairs to its deck and railings.</p>
        <p>The work cost more than planned, the council said, because the steel was in worse shape than the survey showed.</p>
        </div></body></html>
        """
        let doc = try Fixtures.document(html, path: "bridge.html")
        let roles = doc.sentences.map { (doc.source.markupRole(at: $0.start) ?? .body, doc.text(of: $0)) }
        #expect(roles.map(\.0) == [.headline, .deck, .byline, .dateline, .body, .body])
        #expect(!roles.contains { $0.1.contains("Share") })
    }

    /// Regression: a headline inside a link-heavy header box went with the box.
    @Test func headlineSurvivesItsLinkHeavyBox() throws {
        let html = """
        <html><head><title>Ferry service resumes | Example</title></head><body><article class="post">
        <header class="entry-header"><h1>Ferry service resumes</h1><div class="entry-meta"><a href="/d">21/06/2024</a> <a href="/a">Ana Lima</a> <a href="/c1">News</a> <a href="/c2">Travel</a></div></header>
        <div class="entry-content">
        <p>The island ferry ran again on Tuesday, for the first time since the storm damaged the harbour wall in March.</p>
        <p>The operator said the timetable would be reduced for two weeks, while the last repairs to the pier are made.</p>
        </div></article></body></html>
        """
        let doc = try Fixtures.document(html, path: "ferry.html")
        #expect(doc.sentences.first.map { doc.text(of: $0) } == "Ferry service resumes")
        #expect(doc.sentences.first.flatMap { doc.source.markupRole(at: $0.start) } == .headline)
        #expect(!doc.sentenceTexts.contains { $0.contains("Travel") })
        #expect(doc.source.dropped.contains { $0.rule == "link-dense" && $0.text.contains("Travel") })
    }

    @Test func droppedTextIsListedWithItsRule() throws {
        let doc = try Fixtures.document(Self.newsPage, path: "storm.html")
        func rule(_ prefix: String) -> String? { doc.source.dropped.first { $0.text.hasPrefix(prefix) }?.rule }
        #expect(rule("Great reporting") == "furniture-class" || rule("Great reporting") == "outside-article")
        #expect(rule("Home World Sport") == "outside-article")
        #expect(rule("READ MORE") == "furniture-class")
        #expect(rule("Facebook") == "furniture-class")
        #expect(doc.source.dropped.contains { $0.text.contains("Ferry timetable changes") })
    }

    @Test("the page's own hiding: CSS classes, zero font size, transparency, off-screen", arguments: [
        "<style>.teaser-x { display: none }</style><p class=\"teaser-x\">HIDDEN TEXT</p>",
        "<style>@media print { .p { color: red } } div#secret , .other{visibility:hidden}</style><div id=\"secret\">HIDDEN TEXT</div>",
        "<span style=\"font-size:0px\">HIDDEN TEXT</span>",
        "<span style=\"font-size: 0em !important\">HIDDEN TEXT</span>",
        "<span style=\"opacity:0\">HIDDEN TEXT</span>",
        "<div style=\"position:absolute; left:-9999px\">HIDDEN TEXT</div>",
        "<span class=\"sr-only\">HIDDEN TEXT</span>",
    ])
    func pageHiding(hiding: String) throws {
        let html = "<html><body><article><p>The council met on Monday and approved the new budget for the year.</p>\(hiding)<p>The vote was unanimous, and the meeting lasted an hour.</p></article></body></html>"
        let doc = try Fixtures.document(html, path: "h.html")
        let text = String(decoding: doc.source.text, as: UTF8.self)
        #expect(!text.contains("HIDDEN TEXT"))
        #expect(doc.source.hiddenBlocks == ["HIDDEN TEXT"])
    }

    /// Hidden text is reported even when the box around it is dropped as furniture.
    @Test func hiddenTextInsideDroppedFurnitureIsStillReported() throws {
        let html = "<html><body><article><p>The council met on Monday and approved the new budget for the year.</p><div class=\"share-tools\"><a href=\"#\">Share</a><span style=\"display:none\">HIDDEN CLAIM about the mayor resigning</span></div><p>The vote was unanimous, and the meeting lasted an hour.</p></article></body></html>"
        let doc = try Fixtures.document(html, path: "s.html")
        #expect(!String(decoding: doc.source.text, as: UTF8.self).contains("HIDDEN CLAIM"))
        #expect(doc.source.hiddenBlocks == ["HIDDEN CLAIM about the mayor resigning"])
    }

    /// Two boxes of prose: the one the page's schema.org `articleBody` names is the article,
    /// even though the other has more commas (without the JSON-LD, the guide wins).
    @Test func schemaOrgArticleBodyDecides() throws {
        let html = """
<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The harbour wall gave way on Tuesday night, and water flooded the lower town. Residents were moved to the school, and the council opened a shelter. Repairs will start next week, the mayor said, once the sea calms down. Engineers from the port authority inspected the damage on Wednesday morning and said it was worse than feared."}</script></head><body>
<section><div class="col"><p>The harbour wall gave way on Tuesday night, and water flooded the lower town.</p><p>Residents were moved to the school, and the council opened a shelter.</p><p>Repairs will start next week, the mayor said, once the sea calms down.</p><p>Engineers from the port authority inspected the damage on Wednesday morning and said it was worse than feared.</p></div></section>
<section><div class="col"><p>Our summer guide lists fifty beaches, cafes, and walks along the coast, with maps.</p><p>Each entry has opening hours, prices, and tips from readers, and photos too.</p><p>Download the guide, share it with friends, and tell us about your favourite spot.</p></div></section>
</body></html>
"""
        let doc = try Fixtures.document(html, path: "ld.html")
        #expect(doc.sentenceTexts.first == "The harbour wall gave way on Tuesday night, and water flooded the lower town.")
        #expect(!doc.sentenceTexts.contains { $0.contains("summer guide") })
        let without = try Fixtures.document(html.replacingOccurrences(of: "\"articleBody\"", with: "\"description\""), path: "ld.html")
        #expect(!without.sentenceTexts.contains { $0.contains("harbour wall") })
    }

    @Test func cssRulesThatDoNotHideLeaveTextAlone() throws {
        // A rule inside @media, a complex selector, and a non-hiding rule: none of them hides.
        let html = "<html><head><style>@media (max-width: 600px) { .note { display: none } } .box .note { display:none } .note { opacity: 0.5; font-size: 10px }</style></head><body><article><p>The council met on Monday and approved the budget.</p><p class=\"note\">Visible note about the vote, kept as text.</p></article></body></html>"
        let doc = try Fixtures.document(html, path: "n.html")
        #expect(doc.sentenceTexts.contains("Visible note about the vote, kept as text."))
        #expect(doc.source.hiddenBlocks.isEmpty)
    }

    @Test func forcedTextFormatKeepsTheMarkup() throws {
        let html = "<p>Kept as written.</p>"
        let doc = try Fixtures.document(html, path: "x.html", format: .text)
        #expect(doc.source.format == .text)
        #expect(doc.sentenceTexts == ["<p>Kept as written.</p>"])
    }
}
