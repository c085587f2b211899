/// The one error type of the library. The CLI renders it as
/// `drift: error: <subject>: <message>` (plus an optional hint) and exits with status 2.
public struct DriftError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What the error is about: usually a file path, `-` for standard input.
    public var subject: String
    /// What is wrong, one line, no trailing period.
    public var message: String
    /// What the user can do about it, or nil.
    public var hint: String?

    public init(_ subject: String, _ message: String, hint: String? = nil) {
        self.subject = subject
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var s = subject.isEmpty ? message : "\(subject): \(message)"
        if let hint { s += " (hint: \(hint))" }
        return s
    }
}

/// A non-fatal remark about an input (a guessed encoding, a fallback taken). Results stay
/// usable; the CLI prints these on standard error as `drift: warning: …`.
public struct DriftWarning: Equatable, CustomStringConvertible, Sendable {
    public var subject: String
    public var message: String
    public init(_ subject: String, _ message: String) { self.subject = subject; self.message = message }
    public var description: String { "\(subject): \(message)" }
}
