import DriftKit
import CFuzzDriver

/// Markdown masking and segmentation of arbitrary bytes read as Markdown (nested and
/// unclosed links, emphasis, code, HTML tags, front matter): the masked copy keeps the
/// length and every newline of the text, only ever blanks bytes (never invents them), and
/// sentences stay in bounds. A stack overflow (recursion on nesting depth) or a timeout
/// (quadratic link scanning) is a failure.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let src = try? InputReader.load(bytes: bytes, path: "fuzz.md", options: InputOptions(maxBytes: 1 << 20, format: .markdown)) else { return 0 }
    precondition(src.text.count == src.analysis.count, "masking changed the length")
    for (t, a) in zip(src.text, src.analysis) {
        precondition(a == t || a == 32, "masking wrote a byte that is neither the text's nor a space")
        precondition((t == 10) == (a == 10), "masking moved a newline")
    }
    guard let doc = try? Segmenter.segment(src, options: SegmentOptions(maxSentenceBytes: 512)) else { return 0 }
    var last = 0
    for s in doc.sentences {
        precondition(s.start >= last && s.start < s.end && s.end <= src.text.count, "sentence out of order or bounds")
        last = s.end
    }
    return 0
}

@_cdecl("FuzzMarkdown_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    drift_fuzz_run(argc, argv) { data, size in data.map { fuzzOne($0, size) } ?? 0 }
}
