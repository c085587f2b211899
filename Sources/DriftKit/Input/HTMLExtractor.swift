import CHTML
import Foundation

/// What a block of an HTML page's article is, from its markup. Zones (headline, deck, byline,
/// …) for plain text are guessed from the lines; for HTML the page says.
public enum MarkupRole: String, Sendable, CaseIterable {
    /// Article text.
    case body
    /// The article's `<h1>` (or the element marked `itemprop="headline"`).
    case headline
    /// `<h2>`–`<h6>` inside the article.
    case heading
    /// `rel`/`itemprop` "author", class "byline"/"author".
    case byline
    /// `<time>`, `itemprop="datePublished"`, class "dateline"/"date"/"timestamp".
    case dateline
    /// `<figcaption>`, `<caption>`, class "caption"/"credit".
    case caption
    /// class "pullquote"/"pull-quote", a quote set in an `<aside>` inside the article.
    case pullquote
    /// The standfirst under the headline: class "dek"/"deck"/"standfirst"/"subtitle",
    /// `itemprop="description"`.
    case deck

    init(code: Int32) {
        switch code {
        case 1: self = .headline
        case 2: self = .heading
        case 3: self = .byline
        case 4: self = .dateline
        case 5: self = .caption
        case 6: self = .pullquote
        case 7: self = .deck
        default: self = .body
        }
    }
}

/// A block of extracted text and its role: `text[start..<end]` (UTF-8 byte offsets).
public struct MarkupBlock: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var role: MarkupRole
}

/// Text of a page that extraction left out, and the rule that left it out.
public struct DroppedText: Sendable, Equatable {
    /// `outside-article` (not in the article drift found), `furniture-class` (class/id words
    /// such as comment, related, share, newsletter), `link-dense`, `link-list`, `link-line`,
    /// `link-heading`, `negative-class`, `form-box`, `media-box`, `hidden` (hidden from readers),
    /// or `TAG-element` for furniture by its tag (`nav-element`, `footer-element`, …).
    public var rule: String
    public var text: String
}

/// HTML page → article text, via libxml2 (see `chtml.c` for how the article is found).
enum HTMLExtractor {
    struct Result {
        var text: [UInt8]; var title: String?; var hidden: [String]
        var blocks: [MarkupBlock]; var dropped: [DroppedText]
        /// Characters of visible body text on the page, before the article was chosen.
        var seenTextChars: Int
        /// `<script>` elements with code.
        var scriptCount: Int
    }

    static func extract(_ html: [UInt8], subject: String) throws -> Result {
        var r = chtml_result()
        let rc = html.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                chtml_extract3($0, Int32(p.count), &r)
            }
        }
        defer { chtml_result_free(&r) }
        guard rc == 0, let out = r.text else {
            throw DriftError(subject, "could not parse the HTML page", hint: "read it as plain text", remedy: .plainText)
        }
        let text = Array(UnsafeBufferPointer(start: UnsafeRawPointer(out).assumingMemoryBound(to: UInt8.self), count: Int(r.text_len)))
        let t = r.title.map { String(cString: $0) }.map { String($0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")) }
        var hiddenBlocks: [String] = []
        if let hidden = r.hidden {
            let hs = String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(hidden).assumingMemoryBound(to: UInt8.self), count: Int(r.hidden_len)), as: UTF8.self)
            hiddenBlocks = hs.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        var blocks: [MarkupBlock] = []
        if let b = r.blocks {
            blocks.reserveCapacity(Int(r.block_count))
            for i in 0..<Int(r.block_count) {
                blocks.append(MarkupBlock(start: Int(b[i].start), end: Int(b[i].end), role: MarkupRole(code: b[i].role)))
            }
        }
        var dropped: [DroppedText] = []
        if let d = r.dropped {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(d).assumingMemoryBound(to: UInt8.self), count: Int(r.dropped_len))
            for rec in bytes.split(separator: 0x1E) {
                guard let sep = rec.firstIndex(of: 0x1F) else { continue }
                dropped.append(DroppedText(rule: String(decoding: rec[rec.startIndex..<sep], as: UTF8.self),
                                           text: String(decoding: rec[(sep + 1)...], as: UTF8.self)))
            }
        }
        return Result(text: text, title: t?.isEmpty == true ? nil : t, hidden: hiddenBlocks, blocks: blocks,
                      dropped: dropped, seenTextChars: Int(r.seen_text_chars), scriptCount: Int(r.script_count))
    }

    /// Why a page gave no article text, in words: what was actually seen.
    static func emptyReason(_ x: Result) -> (message: String, hint: String, remedy: Remedy) {
        if x.seenTextChars == 0 {
            let scripts = x.scriptCount == 1 ? "1 script" : "\(x.scriptCount) scripts"
            return ("HTML page has no readable text: its body holds no text, only \(scripts)",
                    "the page is a script shell that builds the article in a browser: save the rendered page, or read it as plain text", .plainText)
        }
        // The rules that took the most pieces, most first (ties by name, so the line is stable).
        let rules = Dictionary(grouping: x.dropped, by: \.rule)
            .sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(3).map(\.key)
        return ("HTML page has no readable text: all its text (\(x.seenTextChars) characters) is in parts drift drops (\(rules.joined(separator: ", ")))",
                "drift segment can list what was dropped and why; or read the page as plain text", .plainText)
    }
}
