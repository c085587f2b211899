/// Lines and columns of a document's text, for people: a byte offset becomes `line:column`.
///
/// Lines count from 1 and end at U+000A. Columns count Unicode scalars from 1 (what an
/// editor's "go to column" means for text without combining marks). The text is the one
/// offsets refer to (`SourceText.text`): the decoded file for text and Markdown, so a
/// windows-1251 file has the same line:column as in an editor; the extracted article text
/// for HTML (`drift segment` shows it).
///
///     LineIndex(doc).location(of: 17)   // (line: 2, column: 5) for "One line\nand another"
///
/// - Complexity: O(n) to build over n bytes; O(log lines + line length) per lookup.
public struct LineIndex: Sendable {
    /// Byte offset where each line starts; `starts[0] == 0`.
    let starts: [Int]
    let text: [UInt8]

    public init(_ doc: Document) {
        text = doc.source.text
        var s = [0]
        text.withUnsafeBufferPointer { p in
            for (i, b) in p.enumerated() where b == 0x0A { s.append(i + 1) }
        }
        starts = s
    }

    /// Line and column (both from 1) of a UTF-8 byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let off = max(0, min(offset, text.count))
        var lo = 0, hi = starts.count
        while hi - lo > 1 { let mid = (lo + hi) / 2; if starts[mid] <= off { lo = mid } else { hi = mid } }
        var col = 1
        var i = starts[lo]
        while i < off { if text[i] & 0xC0 != 0x80 { col += 1 }; i += 1 }
        return (lo + 1, col)
    }

    /// `line:column` of a byte offset.
    public func describe(_ offset: Int) -> String {
        let (l, c) = location(of: offset)
        return "\(l):\(c)"
    }
}

extension Document {
    /// Ids of the sentences that overlap the byte range `r` (the sentence holding `r.lowerBound`
    /// at least, when `r` is empty).
    public func sentenceIDs(overlapping r: Range<Int>) -> [Int] {
        var lo = 0, hi = sentences.count
        while lo < hi { let mid = (lo + hi) / 2; if sentences[mid].end <= r.lowerBound { lo = mid + 1 } else { hi = mid } }
        var out: [Int] = []
        var k = lo
        while k < sentences.count, sentences[k].start < r.upperBound || (out.isEmpty && sentences[k].start <= r.lowerBound) {
            out.append(k); k += 1
        }
        return out
    }
}
