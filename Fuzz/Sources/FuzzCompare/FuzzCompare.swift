import DriftKit
import CFuzzDriver

/// Alignment and findings on pairs: the input is split in two at the first NUL byte (or in
/// the middle); every sentence must be in exactly one alignment entry, and every report
/// renderer must accept the result.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
    let a = Array(bytes[..<cut]), b = Array(bytes[min(bytes.count, cut + 1)...])
    let opts = InputOptions(maxBytes: 1 << 20, format: .text)
    guard let sa = try? InputReader.load(bytes: a, path: "a", options: opts),
          let sb = try? InputReader.load(bytes: b, path: "b", options: opts) else { return 0 }
    guard let da = try? Segmenter.segment(sa), let db = try? Segmenter.segment(sb) else { return 0 }
    let report = Comparison.run(original: da, copies: [db])
    let c = report.copies[0]
    var seenO = [Int](repeating: 0, count: da.sentences.count), seenC = [Int](repeating: 0, count: db.sentences.count)
    for bead in c.alignment.beads { for o in bead.original { seenO[o] += 1 }; for j in bead.copy { seenC[j] += 1 } }
    precondition(seenO.allSatisfy { $0 == 1 } && seenC.allSatisfy { $0 == 1 }, "a sentence is not in exactly one entry")
    _ = JSONReport.string(report)
    _ = TerminalReport.render(report, color: true)
    _ = HTMLReport.render(report)
    return 0
}

@_cdecl("FuzzCompare_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    drift_fuzz_run(argc, argv) { data, size in data.map { fuzzOne($0, size) } ?? 0 }
}
