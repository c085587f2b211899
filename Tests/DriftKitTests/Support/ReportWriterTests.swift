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
    /// `JSONWriter.elements` writes a long array on every core, in runs put back in order
    /// (issue #13): the bytes must be the ones a loop on one writer makes, in both layouts,
    /// with elements written before it (its runs continue the count) and after it, and for
    /// a list of one-line entries inside nested containers (the report's sentences and
    /// alignment) as for a plain array.
    @Test(arguments: [true, false])
    func manyElementsWrittenOnEveryCoreAreTheSerialBytes(pretty: Bool) {
        let n = JSONWriter.parallelElements + 2 * JSONWriter.elementsPerRun + 37
        func element(_ k: Int, _ j: inout JSONWriter) {
            if k % 5 == 0 { j.string("entry \(k) “quoted” <b>") ; return }
            j.object { j in
                j.key("id"); j.int(k)
                j.key("ids"); j.array(flat: true) { j in for i in 0..<(k % 3) { j.int(i) } }
                if k % 2 == 0 { j.key("diff"); j.array { j in j.object { j in j.key("op"); j.string("equal") } } }
            }
        }
        func report(_ parallel: Bool) -> String {
            let w = ReportWriter.inMemory()
            var j = JSONWriter(w, pretty: pretty)
            j.object { j in
                j.key("copies"); j.array { j in
                    j.object { j in
                        j.key("alignment"); j.array(lines: true) { j in
                            element(n + 1, &j) // one written before
                            if parallel { j.elements(n) { k, j in element(k, &j) } } else { for k in 0..<n { element(k, &j) } }
                            element(n + 2, &j) // and one after
                        }
                        j.key("plain"); j.array { j in
                            if parallel { j.elements(n) { k, j in element(k, &j) } } else { for k in 0..<n { element(k, &j) } }
                        }
                    }
                }
            }
            return w.string
        }
        let serial = report(false), parallel = report(true)
        #expect(serial.count > 100_000)
        let first = zip(serial.utf8, parallel.utf8).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(serial == parallel, "first difference at byte \(first ?? min(serial.utf8.count, parallel.utf8.count))")
    }
}
