import DriftKit
import CFuzzDriver

/// HTML extraction and segmentation of arbitrary markup.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let src = try? InputReader.load(bytes: bytes, path: "fuzz.html", options: InputOptions(maxBytes: 1 << 20, format: .html)) else { return 0 }
    // Role blocks are in order, do not overlap, and lie inside the extracted text.
    var last = 0
    for b in src.markupBlocks {
        precondition(b.start >= last && b.start < b.end && b.end <= src.text.count)
        last = b.end
    }
    guard let doc = try? Segmenter.segment(src) else { return 0 }
    for s in doc.sentences { precondition(s.start < s.end && s.end <= src.text.count) }
    return 0
}

@_cdecl("FuzzHTML_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    drift_fuzz_run(argc, argv) { data, size in data.map { fuzzOne($0, size) } ?? 0 }
}
