/// A JSON value whose objects keep their key order, so reports read top-down
/// (`schema` first) and are byte-for-byte stable across runs.
public indirect enum JSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Serializes compactly (`pretty == false`) or with two-space indentation.
    /// Non-ASCII text is written as UTF-8; `<`, `>`, `&` and U+2028/9 are escaped as `\u00XX`
    /// so that the output can be embedded in an HTML `<script>` block as it is.
    public func serialized(pretty: Bool = true) -> String {
        var out = [UInt8]()
        out.reserveCapacity(4096)
        write(into: &out, pretty: pretty, indent: 0)
        if pretty { out.append(10) }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(34)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out.append(contentsOf: [92, 34])
            case 0x5C: out.append(contentsOf: [92, 92])
            case 0x0A: out.append(contentsOf: [92, 110])
            case 0x0D: out.append(contentsOf: [92, 114])
            case 0x09: out.append(contentsOf: [92, 116])
            case 0..<0x20, 0x3C, 0x3E, 0x26, 0x7F, 0x2028, 0x2029:
                out.append(contentsOf: Array("\\u".utf8))
                for sh in [12, 8, 4, 0] { out.append(hexDigits[Int((u.value >> UInt32(sh)) & 0xF)]) }
            default:
                out.append(contentsOf: Array(String(u).utf8))
            }
        }
        out.append(34)
    }

    private func write(into out: inout [UInt8], pretty: Bool, indent: Int) {
        func newline(_ n: Int) {
            guard pretty else { return }
            out.append(10)
            out.append(contentsOf: repeatElement(32, count: n * 2))
        }
        switch self {
        case .null: out.append(contentsOf: Array("null".utf8))
        case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        case .int(let i): out.append(contentsOf: Array(String(i).utf8))
        case .double(let d):
            if d.isFinite {
                // Four decimals: scores are reported at that precision; trailing zeros dropped.
                var s = String(Double((d * 10000).rounded()) / 10000)
                if s.hasSuffix(".0") { s.removeLast(2) }
                out.append(contentsOf: Array(s.utf8))
            } else { out.append(contentsOf: Array("null".utf8)) }
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let a):
            if a.isEmpty { out.append(contentsOf: [91, 93]); return }
            // Arrays of scalars stay on one line.
            let flat = a.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            out.append(91)
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(44); if flat && pretty { out.append(32) } }
                if !flat { newline(indent + 1) }
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            if !flat { newline(indent) }
            out.append(93)
        case .object(let o):
            if o.isEmpty { out.append(contentsOf: [123, 125]); return }
            out.append(123)
            for (i, (k, v)) in o.enumerated() {
                if i > 0 { out.append(44) }
                newline(indent + 1)
                JSON.escape(k, into: &out)
                out.append(58)
                if pretty { out.append(32) }
                v.write(into: &out, pretty: pretty, indent: indent + 1)
            }
            newline(indent)
            out.append(125)
        }
    }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral v: String) { self = .string(v) }
    public init(integerLiteral v: Int) { self = .int(v) }
    public init(booleanLiteral v: Bool) { self = .bool(v) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
}

extension JSON {
    /// `.string(s)` or `.null` when `s` is nil.
    static func opt(_ s: String?) -> JSON { s.map { .string($0) } ?? .null }
}
