import Foundation
import Testing
@testable import DriftKit

/// The buffered writer and the streaming JSON writer that reports go through.
@Suite("Streaming report output")
struct ReportWriterTests {
    /// Everything a writer with a `capacity`-byte buffer hands to its sink, in chunks.
    static func chunks(capacity: Int, _ body: (ReportWriter) -> Void) throws -> (bytes: [UInt8], chunks: Int) {
        var out: [UInt8] = [], n = 0
        let w = ReportWriter(capacity: capacity) { c in out.append(contentsOf: c); n += 1 }
        body(w)
        try w.finish()
        return (out, n)
    }

    @Test func bytesArriveInOrderWhateverTheBufferSize() throws {
        let parts = (0..<500).map { "part \($0) — ünïcode “quoted” " + String(repeating: "x", count: $0 % 97) }
        let expected = Array(parts.joined().utf8)
        for capacity in [64, 65, 100, 4096, 1 << 16] {
            let (bytes, chunks) = try Self.chunks(capacity: capacity) { w in for p in parts { w.write(p) } }
            #expect(bytes == expected, "capacity \(capacity)")
            // Nothing is held beyond one buffer: the sink sees the output as it is produced.
            #expect(chunks >= expected.count / max(capacity, 64), "capacity \(capacity)")
        }
    }

    struct Full: Error {}

    @Test func theSinksFirstErrorIsReportedAndLaterOutputDropped() throws {
        var calls = 0
        let w = ReportWriter(capacity: 64) { _ in calls += 1; throw Full() }
        for _ in 0..<100 { w.write("0123456789") }
        #expect(throws: Full.self) { try w.finish() }
        #expect(calls == 1, "after the first failure nothing more is sent")
    }

    /// The escapes reports have always had: JSON's own, and `<`, `>`, `&`, DEL, U+2028/9
    /// so a report can sit in an HTML <script> block.
    @Test func stringsAreEscapedForJSONAndForAScriptBlock() {
        let s = "a\"b\\c\nd\re\tf\u{1}g<h>i&j\u{7F}k\u{2028}l\u{2029}m—n€o😀p\u{2027}"
        #expect(JSON.string(s).serialized(pretty: false)
            == #""a\"b\\c\nd\re\tf\u0001g\u003ch\u003ei\u0026j\u007fk\u2028l\u2029m—n€o😀p‧""#)
        // The result is JSON that reads back to the same string.
        let back = try? JSONSerialization.jsonObject(with: Data(JSON.string(s).serialized(pretty: false).utf8), options: .fragmentsAllowed) as? String
        #expect(back == s)
    }

    @Test func documentTextWithInvalidUTF8IsWrittenAsStringDecodingReadsIt() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x63, 0xED, 0xA0, 0x80, 0x64]
        let w = ReportWriter.inMemory()
        var j = JSONWriter(w, pretty: false)
        j.string(utf8: bytes[...])
        #expect(w.string == JSON.string(String(decoding: bytes, as: UTF8.self)).serialized(pretty: false))
    }

    @Test func prettyLayoutKeepsScalarArraysOnOneLine() {
        let v: JSON = .object([("a", [1, 2]), ("b", .array([.object([("c", .null), ("d", .double(2.0 / 3))])])),
                               ("e", .array([])), ("f", .object([])), ("g", .double(-0.5)), ("h", .int(-42))])
        #expect(v.serialized() == """
        {
          "a": [1, 2],
          "b": [
            {
              "c": null,
              "d": 0.6667
            }
          ],
          "e": [],
          "f": {},
          "g": -0.5,
          "h": -42
        }

        """)
        #expect(v.serialized(pretty: false) == #"{"a":[1,2],"b":[{"c":null,"d":0.6667}],"e":[],"f":{},"g":-0.5,"h":-42}"#)
    }
}
