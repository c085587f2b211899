import DriftCorpus
import DriftKit
import Foundation
import CFuzzDriver

/// `drift batch` lines: arbitrary bytes as one input line (JSON with inline documents in any
/// format, ids of any shape, deep nesting, broken UTF-8). Every line must be answered with
/// exactly one line of JSON — a report with the id, or an error object — and never crash.
/// Paths a line names are read with a 1 MiB limit; run with standard input from /dev/null
/// (`scripts/fuzz.sh` does) so that a line naming /dev/stdin cannot block.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    line.removeAll { $0 == "\n" } // one input line (BatchLines splits at newlines)
    let out = BatchJob.process(line, number: 1, base: "/nonexistent-fuzz-base", input: InputOptions(maxBytes: 1 << 20))
    precondition(!out.contains("\n"), "an answer spans more than one line")
    let obj = try? JSONSerialization.jsonObject(with: Data(out.utf8))
    precondition(obj is [String: Any], "the answer is not a JSON object: \(out.prefix(200))")
    return 0
}

@_cdecl("FuzzBatch_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    drift_fuzz_run(argc, argv) { data, size in data.map { fuzzOne($0, size) } ?? 0 }
}
