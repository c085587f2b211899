import DriftKit
import Foundation

/// `drift batch`: one comparison per line of JSON Lines.
///
/// Input line: `{"original": DOC, "copy": DOC, "id": ANY}` where DOC is a path (relative to
/// `base`) or `{"text": "…", "path": "name", "format": "text|markdown|html"}` (`path` and
/// `format` optional); `"copies": [DOC, …]` may stand for `copy`; `id` is optional and echoed.
/// Output line: the compact `drift.report/1` JSON of that comparison with `"id"` appended
/// (when given), or `{"id": …, "error": "…"}` (output line N answers input line N).
public enum BatchJob {
    /// Lines compared at once, spread over the cores; output keeps input order, so a chunk
    /// waits for its slowest line. 16 (8 per core here): long enough that one slow pair
    /// rarely idles a core, short enough to stream (Spark's pipe reads as lines come).
    public static let chunk = 16

    /// The output line for one input line (1-based `number`), without the newline.
    public static func process(_ line: String, number: Int, base: String? = nil) -> String {
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
            let original = try document(o, role: "original", base: base)
            let copies = try copySpecs.enumerated().map { try document($1, role: copySpecs.count == 1 ? "copy" : "copy \($0 + 1)", base: base) }
            let report = Comparison.run(original: original, copies: copies)
            let w = ReportWriter.inMemory()
            JSONReport.write(report, extra: id != .null ? [("id", id)] : [], to: w, pretty: false)
            return w.string
        } catch {
            let msg = (error as? DriftError)?.description ?? "\(error)"
            // No line number: output line N answers input line N, and under Spark a process
            // sees only its partition, so a number would mislead.
            return JSON.object([("id", id), ("error", .string(msg))]).serialized(pretty: false)
        }
    }

    /// Processes lines in chunks on every core; `emit` gets each output line in input order.
    public static func run(lines: some Sequence<String>, base: String? = nil, emit: (String) -> Void) {
        var buffer: [(String, Int)] = []
        var n = 0
        func flush() {
            let items = buffer
            for out in ParallelWork.map(items, { process($0.0, number: $0.1, base: base) }) { emit(out) }
            buffer.removeAll(keepingCapacity: true)
        }
        for l in lines {
            n += 1
            buffer.append((l, n))
            if buffer.count >= chunk { flush() }
        }
        if !buffer.isEmpty { flush() }
    }

    static func document(_ spec: AnyJSON, role: String, base: String?) throws -> Document {
        switch spec {
        case .string(let p):
            let path = (base != nil && !p.hasPrefix("/") && p != "-") ? base! + "/" + p : p
            guard p != "-" else { throw DriftError(role, "standard input carries the batch; give a path or {\"text\": …}") }
            var d = try Document.load(path: path)
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
            if o["path"] != nil { return try document(.string(name), role: role, base: base) }
            throw DriftError(role, "expected a path or {\"text\": …}")
        default:
            throw DriftError(role, "expected a path or {\"text\": …}")
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
