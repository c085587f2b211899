import CHTML

/// HTML page → article text, via libxml2 (see `chtml.h` for what is kept and dropped).
enum HTMLExtractor {
    struct Result { var text: [UInt8]; var title: String? }

    static func extract(_ html: [UInt8], subject: String) throws -> Result {
        var out: UnsafeMutablePointer<CChar>? = nil
        var len: Int32 = 0
        var title: UnsafeMutablePointer<CChar>? = nil
        let r = html.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                chtml_extract($0, Int32(p.count), &out, &len, &title)
            }
        }
        defer { chtml_free(out); chtml_free(title) }
        guard r == 0, let out else {
            throw DriftError(subject, "could not parse the HTML page", hint: "use --input-format text to read it as plain text")
        }
        let text = Array(UnsafeBufferPointer(start: UnsafeRawPointer(out).assumingMemoryBound(to: UInt8.self), count: Int(len)))
        let t = title.map { String(cString: $0) }.map { String($0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")) }
        return Result(text: text, title: t?.isEmpty == true ? nil : t)
    }
}
