import DriftKit
import CFuzzDriver

/// Segmentation and tokenization (text and Markdown): offsets must stay in bounds, in order,
/// and on UTF-8 boundaries at both ends of every sentence and token.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let format: InputFormat = size % 2 == 0 ? .text : .markdown
    guard let src = try? InputReader.load(bytes: bytes, path: "fuzz", options: InputOptions(maxBytes: 1 << 20, format: format)) else { return 0 }
    guard let doc = try? Segmenter.segment(src, options: SegmentOptions(maxSentenceBytes: 256)) else { return 0 }
    var last = 0
    for s in doc.sentences {
        precondition(s.start >= last && s.start < s.end && s.end <= src.text.count, "sentence out of order or bounds")
        precondition(src.text[s.start] & 0xC0 != 0x80, "sentence starts inside a character")
        precondition(s.end == src.text.count || src.text[s.end] & 0xC0 != 0x80, "sentence ends inside a character")
        for t in s.tokens {
            precondition(t.start >= s.start && t.end <= s.end && t.start < t.end, "token outside its sentence")
            precondition(src.text[t.start] & 0xC0 != 0x80, "token starts inside a character")
            precondition(t.end == src.text.count || src.text[t.end] & 0xC0 != 0x80, "token ends inside a character")
        }
        last = s.end
    }
    return 0
}

@_cdecl("FuzzSegment_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    drift_fuzz_run(argc, argv) { data, size in data.map { fuzzOne($0, size) } ?? 0 }
}
