import CHTML
import Foundation

/// HTML page → article text, via libxml2 (see `chtml.h` for what is kept and dropped).
enum HTMLExtractor {
    struct Result { var text: [UInt8]; var title: String?; var hidden: [String] }

    static func extract(_ html: [UInt8], subject: String) throws -> Result {
        var out: UnsafeMutablePointer<CChar>? = nil
        var len: Int32 = 0
        var title: UnsafeMutablePointer<CChar>? = nil
        var hidden: UnsafeMutablePointer<CChar>? = nil
        var hiddenLen: Int32 = 0
        let r = html.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                chtml_extract2($0, Int32(p.count), &out, &len, &title, &hidden, &hiddenLen)
            }
        }
        defer { chtml_free(out); chtml_free(title); chtml_free(hidden) }
        guard r == 0, let out else {
            throw DriftError(subject, "could not parse the HTML page", hint: "read it as plain text", remedy: .plainText)
        }
        let text = Array(UnsafeBufferPointer(start: UnsafeRawPointer(out).assumingMemoryBound(to: UInt8.self), count: Int(len)))
        let t = title.map { String(cString: $0) }.map { String($0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")) }
        var blocks: [String] = []
        if let hidden {
            let hs = String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer(hidden).assumingMemoryBound(to: UInt8.self), count: Int(hiddenLen)), as: UTF8.self)
            blocks = hs.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        return Result(text: text, title: t?.isEmpty == true ? nil : t, hidden: blocks)
    }
}
