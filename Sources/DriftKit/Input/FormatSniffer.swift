/// Chooses text, Markdown or HTML from the file name and the first bytes.
enum FormatSniffer {
    static func sniff(path: String, utf8: [UInt8]) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdown") { return .markdown }
        var start = 0
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < utf8.count, utf8[start] <= 0x20 { start += 1 }
        let head = String(decoding: utf8[start..<min(utf8.count, start + 512)], as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && head.contains("<html")
            || (head.hasPrefix("<") && (head.contains("<body") || head.contains("<head") || head.contains("<p>") || head.contains("<div"))) {
            return .html
        }
        if MarkdownMasker.frontMatterEnd(utf8) != nil { return .markdown }
        return .text
    }
}
