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

    /// Serializes compactly (`pretty == false`) or with two-space indentation (the layout of
    /// `JSONWriter`, which writes large reports without building a tree).
    /// Non-ASCII text is written as UTF-8; `<`, `>`, `&` and U+2028/9 are escaped as `\u00XX`
    /// so that the output can be embedded in an HTML `<script>` block as it is.
    public func serialized(pretty: Bool = true) -> String {
        let w = ReportWriter.inMemory()
        write(to: w, pretty: pretty)
        return w.string
    }

    /// Writes the value (and, with `pretty`, a final line end) through a buffered writer.
    public func write(to w: ReportWriter, pretty: Bool = true) {
        var j = JSONWriter(w, pretty: pretty)
        j.value(self)
        if pretty { w.write(byte: 10) }
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
