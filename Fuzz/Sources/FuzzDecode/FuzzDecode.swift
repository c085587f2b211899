import DriftKit
import CFuzzDriver

/// Decoding and format sniffing of arbitrary bytes: must return a document or a DriftError.
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let encodings: [String?] = [nil, "windows-1251", "UTF-16LE"]
    let enc = encodings[Int(size % 3)]
    if let src = try? InputReader.load(bytes: bytes, path: "fuzz.txt", options: InputOptions(maxBytes: 1 << 20, encoding: enc)) {
        precondition(src.text.count == src.analysis.count || src.format == .html)
        precondition(String(validating: src.text, as: UTF8.self) != nil, "decoded text is not UTF-8")
    }
    return 0
}

@_cdecl("FuzzDecode_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    drift_fuzz_run(argc, argv) { data, size in data.map { fuzzOne($0, size) } ?? 0 }
}
