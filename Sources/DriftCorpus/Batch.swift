import DriftKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `drift batch`: one comparison per line of JSON Lines.
///
/// Input line: `{"original": DOC, "copy": DOC, "id": ANY}` where DOC is a path (relative to
/// `base`) or `{"text": "…", "path": "name", "format": "text|markdown|html"}` (`path` and
/// `format` optional); `"copies": [DOC, …]` may stand for `copy`; `id` is optional and echoed.
/// Output line: the compact `drift.report/3` JSON of that comparison with `"id"` appended
/// (when given), or `{"id": …, "error": "…"}` (output line N answers input line N).
public enum BatchJob {
    /// Lines compared at once, spread over the cores; output keeps input order, so a chunk
    /// waits for its slowest line. 16 (8 per core here): long enough that one slow pair
    /// rarely idles a core, short enough to stream (Spark's pipe reads as lines come).
    public static let chunk = 16

    /// The output line for one input line (1-based `number`), without the newline.
    /// `input.maxBytes` bounds the documents a line names by path (the line itself is
    /// bounded by its reader, `BatchLines`).
    /// `describe` words an error for the `error` member: a front end adds its own words for
    /// the error's `remedy` (the CLI: "use --max-bytes N"); by default the library's own line.
    public static func process(_ line: String, number: Int, base: String? = nil, input: InputOptions = .init(),
                               describe: (DriftError) -> String = { $0.description }) -> String {
        var id: JSON = .null
        do {
            guard !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { throw DriftError("input line", "empty line") }
            let value: AnyJSON
            do { value = try JSONDecoder().decode(AnyJSON.self, from: Data(line.utf8)) } catch {
                throw DriftError("input line", "not JSON")
            }
            guard case .object(let fields) = value else { throw DriftError("input line", "expected a JSON object") }
            let obj = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            if let i = obj["id"] { id = i.json }
            guard let o = obj["original"] else { throw DriftError("input line", "no \"original\"") }
            var copySpecs: [AnyJSON] = []
            if let c = obj["copy"] { copySpecs = [c] } else if case .array(let cs)? = obj["copies"] { copySpecs = cs }
            guard !copySpecs.isEmpty else { throw DriftError("input line", "no \"copy\"") }
            let original = try document(o, role: "original", base: base, input: input)
            let copies = try copySpecs.enumerated().map { try document($1, role: copySpecs.count == 1 ? "copy" : "copy \($0 + 1)", base: base, input: input) }
            let report = Comparison.run(original: original, copies: copies)
            let w = ReportWriter.inMemory()
            JSONReport.write(report, extra: id != .null ? [("id", id)] : [], to: w, pretty: false)
            return w.string
        } catch {
            let msg = (error as? DriftError).map(describe) ?? "\(error)"
            // No line number: output line N answers input line N, and under Spark a process
            // sees only its partition, so a number would mislead.
            return JSON.object([("id", id), ("error", .string(msg))]).serialized(pretty: false)
        }
    }

    /// Processes lines in chunks on every core; `emit` gets each output line in input order.
    public static func run(lines: some Sequence<String>, base: String? = nil, input: InputOptions = .init(),
                           describe: @escaping @Sendable (DriftError) -> String = { $0.description }, emit: (String) -> Void) {
        run(items: lines.lazy.map { BatchLines.Line.text($0) }, base: base, input: input, describe: describe, emit: emit)
    }

    /// The same over lines read by `BatchLines`: a line over the limit is answered with an
    /// error, and the others go on.
    public static func run(items: some Sequence<BatchLines.Line>, base: String? = nil, input: InputOptions = .init(),
                           describe: @escaping @Sendable (DriftError) -> String = { $0.description }, emit: (String) -> Void) {
        var buffer: [(BatchLines.Line, Int)] = []
        var n = 0
        func flush() {
            let items = buffer
            for out in ParallelMap.map(items, { item -> String in
                switch item.0 {
                case .text(let line): return process(line, number: item.1, base: base, input: input, describe: describe)
                case .tooLong(let limit):
                    let msg = describe(DriftError("input line", "over the limit of \(limit) bytes", hint: "raise the size limit", remedy: .maxBytes))
                    return JSON.object([("id", .null), ("error", .string(msg))]).serialized(pretty: false)
                }
            }) { emit(out) }
            buffer.removeAll(keepingCapacity: true)
        }
        for l in items {
            n += 1
            buffer.append((l, n))
            if buffer.count >= chunk { flush() }
        }
        if !buffer.isEmpty { flush() }
    }

    static func document(_ spec: AnyJSON, role: String, base: String?, input: InputOptions = .init()) throws -> Document {
        switch spec {
        case .string(let p):
            let path = (base != nil && !p.hasPrefix("/") && p != "-") ? base! + "/" + p : p
            guard p != "-" else { throw DriftError(role, "standard input carries the batch; give a path or {\"text\": …}") }
            var d = try Document.load(path: path, input: InputOptions(maxBytes: input.maxBytes))
            d.source.path = p
            return d
        case .object(let fields):
            let o = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            var format = InputFormat.text
            if case .string(let f)? = o["format"] {
                guard let v = InputFormat(rawValue: f) else { throw DriftError(role, "unknown format '\(f)'", hint: "use text, markdown or html") }
                format = v
            }
            var name = "<\(role)>"
            if case .string(let p)? = o["path"] { name = p }
            if case .string(let t)? = o["text"] {
                return try Document.from(text: t, path: name, format: format)
            }
            if o["path"] != nil { return try document(.string(name), role: role, base: base, input: input) }
            throw DriftError(role, "expected a path or {\"text\": …}")
        default:
            throw DriftError(role, "expected a path or {\"text\": …}")
        }
    }
}

/// Lines of a file descriptor (standard input for `drift batch`), each at most `maxBytes`
/// long: a longer line is skipped as it streams by (never held whole) and reported as
/// `.tooLong`, so one runaway line costs neither the memory of its length nor the other lines.
/// The newline (and a CR before it) is stripped.
public struct BatchLines: Sequence, IteratorProtocol {
    public enum Line: Sendable { case text(String), tooLong(limit: Int) }

    let fd: Int32
    let maxBytes: Int
    var buffer: [UInt8] = []
    var start = 0
    var eof = false

    public init(fd: Int32, maxBytes: Int) { self.fd = fd; self.maxBytes = maxBytes }

    /// Reads more bytes at the end of the buffer; false at end of input.
    mutating func fill() -> Bool {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: 1 << 16))
        while true {
            let n = buffer.withUnsafeMutableBufferPointer { p in Glibc.read(fd, p.baseAddress! + old, 1 << 16) }
            if n < 0 && errno == EINTR { continue }
            buffer.removeSubrange((old + Swift.max(0, n))...)
            return n > 0
        }
    }

    public mutating func next() -> Line? {
        var scanned = start
        var skipping = false
        while true {
            if let nl = buffer[scanned...].firstIndex(of: 10) {
                defer { start = nl + 1 }
                if skipping || nl - start > maxBytes { return .tooLong(limit: maxBytes) }
                var end = nl
                if end > start && buffer[end - 1] == 13 { end -= 1 }
                return .text(String(decoding: buffer[start..<end], as: UTF8.self))
            }
            if buffer.count - start > maxBytes {
                // Too long already: drop what is held and keep reading to the newline.
                skipping = true
                buffer.removeAll(keepingCapacity: true); start = 0
            }
            scanned = buffer.count
            if start > 0 && start >= buffer.count / 2 { buffer.removeSubrange(0..<start); scanned -= start; start = 0 }
            if eof || !fill() {
                eof = true
                guard start < buffer.count || skipping else { return nil }
                defer { buffer.removeAll(); start = 0 }
                if skipping { skipping = false; return .tooLong(limit: maxBytes) }
                return .text(String(decoding: buffer[start...], as: UTF8.self))
            }
        }
    }
}

/// Any JSON value, decoded keeping object key order is not needed here (ids are echoed as given
/// for scalars; objects come back with their keys).
indirect enum AnyJSON: Decodable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([AnyJSON]), object([(String, AnyJSON)])

    static func == (a: AnyJSON, b: AnyJSON) -> Bool { a.json == b.json }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: Key.self) {
            self = .object(try c.allKeys.map { ($0.stringValue, try c.decode(AnyJSON.self, forKey: $0)) }.sorted { $0.0 < $1.0 })
            return
        }
        if var c = try? decoder.unkeyedContainer() {
            var out: [AnyJSON] = []
            while !c.isAtEnd { out.append(try c.decode(AnyJSON.self)) }
            self = .array(out)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else { self = .string(try c.decode(String.self)) }
    }

    var json: JSON {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .array(let a): return .array(a.map(\.json))
        case .object(let o): return .object(o.map { ($0.0, $0.1.json) })
        }
    }
}
